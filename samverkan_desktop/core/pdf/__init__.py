"""PDF building blocks shared by every report: embedded font, escaping, page frame, atomic write,
tables that split."""

from .document import PageFrame, build_pdf
from .tables import Plain, Text, table
from .text import clean, esc, keep_together, para, paras, styles

__all__ = ["PageFrame", "Plain", "Text", "build_pdf", "clean", "esc", "keep_together", "para", "paras", "styles", "table"]
