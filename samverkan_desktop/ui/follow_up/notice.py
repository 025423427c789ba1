"""At start-up (whenever a workspace is opened) the next follow-up owed is named in the status bar.

A permanent label, so it stays while other messages come and go; it follows every change to the
occasions. One small indexed query, so it does not hold up the window.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from ...core.follow_up import queries as fu


def notice_text(store) -> str:
    """The status-bar text: the next (or overdue) occasion across every agreement."""
    return _notice(store)[0]


def _notice(store) -> tuple[str, bool]:
    """The status-bar text and whether the occasion is overdue (shown in red)."""
    from .occasions import due_text  # the follow-up pages load with their tab, not at start

    row = fu.next_due(store)
    if row is None:
        return "", False
    return f"{due_text(row)} ({row['agreement_title']})", row["state"] == "försenad"


def install(window) -> QLabel:
    """Add the label (objectName ``follow_up_notice``) and hook it to the opening of a workspace."""
    label = QLabel()
    label.setObjectName("follow_up_notice")
    window.statusBar().addPermanentWidget(label)

    def update(*_args) -> None:
        ctx = window.ctx
        text, overdue = _notice(ctx.store) if ctx is not None else ("", False)
        label.setText(text)
        label.setStyleSheet("color: #b71c1c; font-weight: 600;" if overdue else "")
        label.setVisible(bool(text))

    def on_changed(changes) -> None:
        if changes.touches("follow_up", "agreement"):
            update()

    def on_opened() -> None:
        window.ctx.hub.changed.connect(on_changed)
        update()  # one small indexed query: cheap enough to run as the workspace opens

    window.workspace_opened.connect(on_opened)
    update()
    return label
