"""Features that add menu entries to the main window: each module has ``install(window)``."""

EXTENSIONS: list[str] = [
    "est_import_menu",
    "follow_up_notice",
    "exchange_menu",
]
