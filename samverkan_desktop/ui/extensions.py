"""Features that add menu entries to the main window: each module has ``install(window)``."""

EXTENSIONS: list[str] = [
    "exchange_menu",
]
