"""The welcome flow: who you are, then a first workspace from a template, a file or the demo."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWizard

from samverkan_desktop.core import locations
from samverkan_desktop.core.agreement.queries import agreement_parties, list_agreements
from samverkan_desktop.core.agreement.starter import SEED_ORGANISATIONS
from samverkan_desktop.ui.first_start import PAGE_NEW, PAGE_START, FirstStartWizard
from samverkan_desktop.ui.settings import Settings

SITE = "00000000-0000-4000-8000-00000000000b"


@pytest.fixture
def wizard(qtbot):
    w = FirstStartWizard(Settings(), first_start=True, origin=SITE)
    qtbot.addWidget(w)
    w.show()
    w.confirm_cancel = lambda: True  # closing at teardown must not wait for the explanation box
    return w


def _new_workspace_page(wizard, start: str, folder):
    """The wizard walked as Anna to its new-workspace page (start choice ``start``), saving in ``folder``."""
    wizard.user_page.name.setText("Anna")
    wizard.next()
    wizard.start_page.choose(start)
    wizard.next()
    new = wizard.new_page
    new.folder.setText(str(folder))
    return new


def test_walk_to_a_hallsberg_like_workspace_with_five_parties(wizard, tmp_path):
    page = wizard.user_page
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # a name is required
    page.name.setText("Johanna Johansson")
    page.initials.setText("JJ")
    assert page.organisation.findText("Lokalpolisområde Hallsberg") >= 0  # the seeds' parties are offered
    page.organisation.setCurrentText("Kumla kommun")
    wizard.button(QWizard.WizardButton.NextButton).click()
    assert wizard.currentId() == PAGE_START
    assert wizard.start_page.choice() == "hallsberg"  # Kumla is one of Hallsberg's parties
    wizard.button(QWizard.WizardButton.NextButton).click()
    assert wizard.currentId() == PAGE_NEW
    new = wizard.new_page
    assert Path(new.folder.text()) == locations.default_workspace_dir()
    new.folder.setText(str(tmp_path))
    new.agreement_title.setText("Samverkansöverenskommelse 2027-2029")
    new.period_from.setText("2027-01-01")
    new.period_to.setText("2029-12-31")
    wizard.button(QWizard.WizardButton.FinishButton).click()

    assert not new.error.text()
    what, store = wizard.outcome
    assert what == "store"
    try:
        assert store.path == tmp_path / "Samverkan Kumla kommun.samverkan"
        [agreement] = list_agreements(store)
        parties = agreement_parties(store, agreement["uuid"])
        assert [p.name for p in parties] == ["Lokalpolisområde Hallsberg", "Askersunds kommun", "Hallsbergs kommun",
                                             "Kumla kommun", "Laxå kommun"]
        assert store.user == "JJ"
    finally:
        store.close()
    settings = Settings()
    assert (settings.get("user/name"), settings.get("user/organisation")) == ("Johanna Johansson", "Kumla kommun")


def test_new_workspace_default_folder_is_the_local_data_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("SAMVERKAN_DATA_DIR", str(tmp_path / "data"))
    assert locations.default_workspace_dir() == tmp_path / "data" / "Arbetsytor"


def test_renamed_party_and_invalid_period_say_so_in_the_page(wizard, tmp_path):
    new = _new_workspace_page(wizard, "orebro", tmp_path)
    new.party_rows.rows[1][0].setText("Lindesbergs kommun")
    new.period_from.setText("2027-13-01")
    assert not new.validatePage()
    assert new.error.isVisible() and new.error.text()
    assert list(tmp_path.iterdir()) == []  # nothing half made
    new.period_from.setText("2027-01-01")
    assert new.validatePage()
    try:
        [agreement] = list_agreements(new.store)
        assert [p.name for p in agreement_parties(new.store, agreement["uuid"])] == [
            "Lokalpolisområde Örebro", "Lindesbergs kommun"]
    finally:
        new.store.close()


def test_a_synced_folder_is_named_and_must_be_confirmed(wizard, tmp_path, monkeypatch):
    synced = tmp_path / "OneDrive - Polismyndigheten" / "Samverkan"
    synced.mkdir(parents=True)
    new = _new_workspace_page(wizard, "blank", synced)
    assert "OneDrive" in new.warning.text()
    asked = []
    monkeypatch.setattr(new, "confirm_location", lambda text: asked.append(text) or False)
    assert not new.validatePage()
    assert asked and list(synced.iterdir()) == []
    monkeypatch.setattr(new, "confirm_location", lambda text: True)
    assert new.validatePage()
    new.store.close()


@pytest.mark.parametrize("path, service", [
    ("C:/Users/anna/OneDrive - Örebro kommun/Dokument", "OneDrive"),
    ("/home/anna/Dropbox/samverkan", "Dropbox"),
    ("/Users/anna/Library/Mobile Documents/com~apple~CloudDocs", "iCloud"),
    ("G:/Min enhet/Samverkan", "Google Drive"),
    ("/home/anna/Dokument", None),
])
def test_synced_folders_are_recognised(path, service):
    assert locations.synced_service(path) == service


def test_network_share_is_warned_about():
    assert "nätverksenhet" in locations.location_warning("//server/delad/samverkan")


def test_open_existing_file_or_demo_finish_on_the_start_page(wizard, tmp_path, store):
    wizard.user_page.name.setText("Anna")
    wizard.next()
    start = wizard.start_page
    start.choose("open")
    assert not start.isComplete()
    start.file.setText(str(store.path))
    assert start.isComplete() and start.isFinalPage()
    wizard.accept()
    assert wizard.outcome == ("open", store.path)
    start.choose("demo")
    wizard.accept()
    assert wizard.outcome == ("demo", None)


def test_cancel_explains_and_can_go_back(wizard, monkeypatch):
    answers = [False, True]
    monkeypatch.setattr(wizard, "confirm_cancel", lambda: answers.pop(0))
    wizard.reject()
    assert wizard.isVisible() and wizard.outcome is None  # "Fortsätt med guiden"
    wizard.reject()
    assert not wizard.isVisible()
    assert not Settings().has_user()


def test_cancel_box_says_nothing_is_saved_and_the_guide_returns(qtbot):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    w = FirstStartWizard(Settings(), first_start=True, origin=SITE)
    qtbot.addWidget(w)
    seen = []

    def answer():
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text() + " " + box.informativeText())
        next(b for b in box.buttons() if b.text() == "Fortsätt med guiden").click()

    QTimer.singleShot(0, answer)
    assert w.confirm_cancel() is False
    assert "inget av det du skrivit sparas" in seen[0] and "visas igen" in seen[0]
    w.confirm_cancel = lambda: True


def test_seed_parties_suggested():
    assert "Örebro kommun" in SEED_ORGANISATIONS and "Laxå kommun" in SEED_ORGANISATIONS
