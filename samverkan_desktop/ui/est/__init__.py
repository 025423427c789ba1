"""The EST-logg tab's parts: week navigator, week view, incident entry, actions, code lists."""
