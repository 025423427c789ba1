"""Kommunikationsplan: the joint communication plan per year (the tab lives in ui/communication/)."""

from __future__ import annotations

from ..communication.tab import CommunicationTab

__all__ = ["CommunicationTab"]
