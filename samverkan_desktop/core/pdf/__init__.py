"""PDF building blocks shared by every report: embedded font, escaping, page frame, atomic write."""

from .document import PageFrame, build_pdf
from .text import esc, para, styles

__all__ = ["PageFrame", "build_pdf", "esc", "para", "styles"]
