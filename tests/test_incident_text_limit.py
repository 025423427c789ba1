"""An incident's short description has a limit (300 characters) with a counter in the entry row;
the core operation, and so the CLI and the import, refuse longer text with one Swedish line."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from samverkan_desktop.core.errors import ValidationError
from samverkan_desktop.core.est import ops as est_ops
from samverkan_desktop.core.est.importer import MAX_DESCRIPTION

from .test_est_tab import env  # noqa: F401  (the EST tab fixture)

LIMIT = est_ops.DESCRIPTION_MAX


def test_the_operation_refuses_a_longer_description(store):
    from .est_fixtures import est_setup

    data = est_setup(store)
    kw = {"occurred_on": "2026-11-16", "category_uuid": data["cat"]["Brand"]}
    est_ops.add_incident(store, data["agreement"], description="å" * LIMIT, **kw)
    with pytest.raises(ValidationError) as exc:
        est_ops.add_incident(store, data["agreement"], description="ö" * (LIMIT + 1), **kw)
    assert str(exc.value).count("\n") == 0 and f"högst {LIMIT} tecken" in str(exc.value)
    assert MAX_DESCRIPTION == LIMIT  # the import refuses the same length
    # An older, longer text does not block changing another field.
    uuid = store.scalar("SELECT uuid FROM incident LIMIT 1")
    with store.write("lång") as tx:
        tx.update("incident", uuid, {"description": "x" * 500})
    est_ops.update_incident(store, uuid, count=3)
    assert store.get("incident", uuid)["count"] == 3
    with pytest.raises(ValidationError):
        est_ops.update_incident(store, uuid, description="y" * 400)


def test_the_entry_row_counts_and_the_refusal_is_shown(env, qtbot, monkeypatch):  # noqa: F811
    ctx, tab, _ = env
    shown = []
    monkeypatch.setattr("samverkan_desktop.ui.context.show_error", lambda parent, exc: shown.append(str(exc)))
    entry = tab.week_view.incidents.entry
    assert entry.counter.text() == f"0/{LIMIT}"
    qtbot.keyClicks(entry.category.lineEdit(), "brand")
    entry.text.setText("a" * (LIMIT + 1))  # a paste: nothing is cut off silently
    assert entry.text.text() == "a" * (LIMIT + 1) and entry.counter.text() == f"{LIMIT + 1}/{LIMIT}"
    assert "bold" in entry.counter.styleSheet()
    entry.text.setFocus()
    qtbot.keyClick(entry.text, Qt.Key.Key_Return)
    assert shown and f"högst {LIMIT} tecken" in shown[0]
    assert ctx.store.scalar("SELECT count(*) FROM incident") == 0
