"""The store: the SQLite file, merge-ready writes, version vectors, migrations, backups, history."""
