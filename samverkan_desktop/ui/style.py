"""The window's style sheet: calm colours, and tabs tall enough for Å, Ä and Ö.

Fusion draws unselected tabs two pixels lower and clips the dots of a capital Ö
("Overenskommelse"); styled tabs with their own padding do not.
"""

TAB_STYLE = """
QTabBar::tab {
    padding: 6px 14px;
    border: 1px solid #c8ced6;
    border-bottom: none;
    background: #e9edf2;
    margin-right: 2px;
    border-top-left-radius: 4px;
    border-top-right-radius: 4px;
    color: #33414f;
}
QTabBar::tab:selected { background: #ffffff; color: #1f4e79; }
QTabBar::tab:hover:!selected { background: #f4f6f9; }
QTabBar::tab:disabled { color: #9aa5b1; }
"""
