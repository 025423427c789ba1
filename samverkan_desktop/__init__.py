"""Samverkan Desktop: the cooperation agreement between police and municipality, kept alive."""

__version__ = "0.1.0"
APP_NAME = "Samverkan Desktop"
