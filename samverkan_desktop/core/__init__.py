"""The headless core: domain, store, operations, reports, exchange. Never imports Qt."""
