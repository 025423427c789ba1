"""The window's style sheet: calm colours from the palette (light or dark), and tabs tall enough
for Å, Ä and Ö.

Fusion draws unselected tabs two pixels lower and clips the dots of a capital Ö
("Overenskommelse"); styled tabs with their own padding do not.
"""

TAB_STYLE = """
QTabBar::tab {
    padding: 6px 14px;
    border: 1px solid palette(mid);
    border-bottom: none;
    background: palette(button);
    margin-right: 2px;
    border-top-left-radius: 4px;
    border-top-right-radius: 4px;
    color: palette(button-text);
}
QTabBar::tab:selected { background: palette(base); color: palette(text); }
QTabBar::tab:hover:!selected { background: palette(midlight); }
QTabBar::tab:disabled { color: palette(mid); }
"""
