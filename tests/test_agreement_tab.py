"""The Överenskommelse tab driven through its widgets: edits land in the store, undo takes them back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from samverkan_desktop.core.agreement import queries as agreements
from samverkan_desktop.ui.agreement.dialogs import NewAgreementDialog, NewPeriodDialog

from .agreement_helpers import small_agreement
from .qt_helpers import open_window
from .qt_helpers import tab as tab_named


@pytest.fixture
def window(qtbot, store, monkeypatch):
    warnings = []
    monkeypatch.setattr("samverkan_desktop.ui.context.QMessageBox.warning",
                        lambda *a, **k: warnings.append(a[2]) or QMessageBox.StandardButton.Cancel)
    ids = small_agreement(store)
    w = open_window(qtbot, store)
    tab_named(w, "agreement_tab")
    w.ids = ids
    w.warnings = warnings
    yield w
    w.close_store()


def _tab(window):
    tab = tab_named(window, "agreement_tab")
    tab.reload()
    return tab


def _type(qtbot, edit, text):
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_add_party_change_case_number_and_undo(window, qtbot):
    tab, store, ids = _tab(window), window.ctx.store, window.ids
    page = tab.editor.parties
    dialog = page.picker()
    dialog.choose_new("Länsstyrelsen i Örebro län", "annan myndighet", "Länsstyrelsen")
    dialog.accept_choice()
    page.add(dialog=dialog)
    parties = agreements.agreement_parties(store, ids["agreement"])
    assert [p.name for p in parties][-1] == "Länsstyrelsen i Örebro län" and parties[-1].kind == "annan myndighet"
    assert page.model.rowCount() == 3

    page.view.selectRow(0)
    _type(qtbot, page.edits["case_number"], "KS 99/2024")
    assert store.get("agreement_party", ids["ap_kommun"])["case_number"] == "KS 99/2024"
    assert "diarienummer" in window.action_registry["edit.undo"].text()

    window.action_registry["edit.undo"].trigger()
    assert store.get("agreement_party", ids["ap_kommun"])["case_number"] == "KS 1382/2023"
    assert page.edits["case_number"].text() == "KS 1382/2023"
    window.action_registry["edit.undo"].trigger()  # adding the party to the agreement
    assert len(agreements.agreement_parties(store, ids["agreement"])) == 2
    window.action_registry["edit.undo"].trigger()  # creating the party
    assert "Länsstyrelsen i Örebro län" not in [p["name"] for p in agreements.list_parties(store)]
    window.action_registry["edit.redo"].trigger()
    window.action_registry["edit.redo"].trigger()
    assert len(agreements.agreement_parties(store, ids["agreement"])) == 3
    assert not window.warnings


def test_a_long_text_commits_once_as_one_undo_step(window, qtbot):
    tab, store = _tab(window), window.ctx.store
    edit = tab.editor.general.edits["vision"]
    before = window.ctx.undo_stack.count()
    edit.setFocus()
    qtbot.keyClicks(edit, "Örebro ska vara tryggt.")
    assert window.ctx.undo_stack.count() == before  # nothing per keystroke
    tab.editor.general.edits["title"].setFocus()  # focus out commits
    edit.commit()
    assert window.ctx.undo_stack.count() == before + 1
    assert store.get("agreement", window.ids["agreement"])["vision"] == "Örebro ska vara tryggt."


def test_inline_validation_of_title_period_and_parties(window, qtbot, monkeypatch):
    tab, store, ids = _tab(window), window.ctx.store, window.ids
    general = tab.editor.general
    _type(qtbot, general.edits["title"], " ")
    label = general.errors["title"]
    assert not label.isHidden() and "titel" in label.text()
    assert store.get("agreement", ids["agreement"])["title"] == "Samverkansöverenskommelse 2024-2026"

    _type(qtbot, general.edits["period_to"], "2023-06-30")
    assert "sluta efter" in general.errors["period_to"].text() and not general.errors["period_to"].isHidden()
    assert store.get("agreement", ids["agreement"])["period_to"] == "2026-12-31"
    _type(qtbot, general.edits["period_to"], "2027-12-31")
    assert general.errors["period_to"].isHidden()
    assert store.get("agreement", ids["agreement"])["period_to"] == "2027-12-31"

    monkeypatch.setattr("samverkan_desktop.ui.editors.QMessageBox.question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    parties = tab.editor.parties
    parties.view.selectRow(1)
    parties.remove()
    assert not parties.problem.isHidden() and "minst två parter" in parties.problem.text()
    assert "minst två parter" in tab.problems.text()
    assert not window.warnings  # messages stand next to the fields, not in pop-ups


def test_delete_agreement_asks_first(window, monkeypatch):
    tab, store, ids = _tab(window), window.ctx.store, window.ids
    answers = [QMessageBox.StandardButton.No]
    monkeypatch.setattr("samverkan_desktop.ui.editors.QMessageBox.question", lambda *a, **k: answers.pop(0))
    tab.list.setFocus()
    tab.delete_agreement()
    assert agreements.list_agreements(store)
    answers.append(QMessageBox.StandardButton.Yes)
    tab.delete_agreement()
    assert agreements.list_agreements(store) == []
    window.action_registry["edit.undo"].trigger()
    assert [a["uuid"] for a in agreements.list_agreements(store)] == [ids["agreement"]]


def test_forms_page_edits_parties_and_order(window, qtbot):
    tab, store, ids = _tab(window), window.ctx.store, window.ids
    forms = tab.editor.forms
    forms.add()
    new = agreements.list_forms(store, ids["agreement"])[-1]
    assert set(agreements.form_party_uuids(store, new["uuid"])) == {ids["kommun"], ids["polis"]}
    _type(qtbot, forms.edits["name"], "Öppen narkotikahandel")
    assert store.get("cooperation_form", new["uuid"])["name"] == "Öppen narkotikahandel"
    forms.parties.set_checked(ids["kommun"], False)
    assert agreements.form_party_uuids(store, new["uuid"]) == [ids["polis"]]
    forms.edits["lead_party_uuid"].setCurrentIndex(forms.edits["lead_party_uuid"].findData(ids["polis"]))
    assert store.get("cooperation_form", new["uuid"])["lead_party_uuid"] == ids["polis"]
    forms.move(-1)
    assert [f["name"] for f in agreements.list_forms(store, ids["agreement"])][1] == "Öppen narkotikahandel"


def test_new_agreement_from_template_and_new_period(window):
    tab, store, ids = _tab(window), window.ctx.store, window.ids
    dialog = NewAgreementDialog(window.ctx, tab)
    dialog.title.setText("Överenskommelse med fem parter 2025-2027")
    dialog.period_from.setText("2025-01-01")
    dialog.period_to.setText("2024-12-31")
    dialog.template.setCurrentIndex(dialog.template.findData("hallsberg"))
    dialog.create()
    assert dialog.changes is None and "sluta efter" in dialog.error.text()
    dialog.period_to.setText("2027-12-31")
    dialog.parties.set_checked(ids["polis"])
    dialog.parties.set_checked(ids["kommun"])
    dialog.create()
    tab.new_agreement(dialog=dialog)
    new = window.ctx.agreement_uuid
    assert store.get("agreement", new)["title"] == "Överenskommelse med fem parter 2025-2027"
    assert len(agreements.list_forms(store, new)) == 7
    assert tab.editor.uuid == new and tab.editor.general.edits["title"].text().startswith("Överenskommelse med")

    tab.ctx.select_agreement(ids["agreement"])
    tab.reload()
    period = NewPeriodDialog(window.ctx, store.get("agreement", ids["agreement"]), tab)
    assert (period.period_from.text(), period.period_to.text()) == ("2027-01-01", "2029-12-31")
    assert period.title.text() == "Samverkansöverenskommelse 2027-2029"
    period.create()
    tab.new_period(dialog=period)
    copy = store.get("agreement", window.ctx.agreement_uuid)
    assert copy["previous_uuid"] == ids["agreement"] and copy["title"] == "Samverkansöverenskommelse 2027-2029"
    assert "Samverkansöverenskommelse 2024-2026" in tab.editor.general.previous.text()


def test_keyboard_shortcuts_and_tab_order(window, qtbot, monkeypatch):
    tab = _tab(window)
    opened = []
    monkeypatch.setattr(NewAgreementDialog, "exec", lambda self: opened.append(self) or 0)
    tab.list.setFocus()
    qtbot.keyClick(tab.list, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert len(opened) == 1
    qtbot.keyClick(tab.list, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert tab.filter.hasFocus()
    qtbot.keyClicks(tab.filter, "finns inte")
    assert tab.proxy.rowCount() == 0
    tab.filter.clear()
    for page in (tab.editor.general, tab.editor.clauses):
        for edit in page.edits.values():
            assert edit.focusPolicy() & Qt.FocusPolicy.TabFocus
            if hasattr(edit, "tabChangesFocus"):
                assert edit.tabChangesFocus()  # Tab leaves a long text field instead of typing a tab


def test_list_sorts_swedish(window, store):
    from samverkan_desktop.core.agreement import ops as agreement_ops
    for title in ("Årsavtal 2025", "Zeta 2025", "Ärende 2025", "Alfa 2025"):
        agreement_ops.create_agreement(store, title, "2025-01-01", "2025-12-31")
    tab = _tab(window)
    titles = [tab.proxy.index(r, 0).data() for r in range(tab.proxy.rowCount())]
    assert titles == ["Alfa 2025", "Samverkansöverenskommelse 2024-2026", "Zeta 2025", "Årsavtal 2025",
                      "Ärende 2025"]


def test_follow_up_outside_the_period_is_shown_next_to_the_clause(window):
    store, ids = window.ctx.store, window.ids
    with store.write("Uppföljning") as tx:
        tx.insert("follow_up", {"agreement_uuid": ids["agreement"], "due_date": "2027-09-30"})
    tab = _tab(window)
    label = tab.editor.clauses.errors["follow_up"]
    assert not label.isHidden() and "2027-09-30" in label.text()


def test_text_typed_just_before_closing_is_kept(qtbot, store):
    ids = small_agreement(store)
    path = store.path
    w = open_window(qtbot, store)
    tab = tab_named(w, "agreement_tab")
    tab.reload()
    w.activateWindow()
    tab.editor.show_page(tab.editor.clauses)
    edit = tab.editor.clauses.edits["economy_clause"]
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    qtbot.keyClicks(edit, "Egna kostnader.")
    w.close()
    from samverkan_desktop.core.store.database import Store
    reopened = Store.open(path, user="TS", origin="00000000-0000-4000-8000-00000000000a", make_backup=False)
    try:
        assert reopened.get("agreement", ids["agreement"])["economy_clause"] == "Egna kostnader."
    finally:
        reopened.close()
