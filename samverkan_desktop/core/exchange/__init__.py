"""Exchange between coordinators: export a clean file, receive a hostile one safely, merge it.

    export.export_workspace(store, out, agreement=None, exporter_name=..., organisation=...)
    received = receive.read_received(path)          # validated, in memory, never the live file
    preview = merge.preview_merge(store, received)  # what would change, conflicts included
    result = merge.apply_merge(store, received)     # backup first, then one transaction
    conflicts.open_conflicts(store); conflicts.resolve(store, conflict_id, "theirs")
"""
