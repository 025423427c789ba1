"""The ersättare trial (issue 10): a deputy contact on a guaranteed resource, added by declaring
one field (core/agreement/resource_fields.py) and one migration (0007). Stored, edited in the
resource editor, shown in the table, copied to a new period, exchanged, printed, translated."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication

from samverkan_desktop.core import reports
from samverkan_desktop.core.agreement import contacts, copying, resources
from samverkan_desktop.core.exchange.labels import field_title
from samverkan_desktop.ui.i18n import core_text, install_language, uninstall_language

from .agreement_helpers import small_agreement
from .exchange_util import copies, send
from .qt_helpers import cell, open_window
from .qt_helpers import tab as tab_named


def test_deputy_is_edited_shown_copied_and_printed(qtbot, store, tmp_path):
    ids = small_agreement(store)
    deputy = contacts.add_contact(store, "Kim Ersättare").created("contact_person")[0]
    window = open_window(qtbot, store)
    tab = tab_named(window, "resources_tab")
    tab.reload()
    tab.table.selectRow(0)
    box = tab.findChild(type(tab.editor.widgets["deputy_uuid"]), "resource_deputy_uuid")
    box.setCurrentIndex(box.findData(deputy))  # the user picks the deputy
    assert store.get("guaranteed_resource", ids["resource"])["deputy_uuid"] == deputy
    assert cell(tab.proxy, 0, "Ersättare") == "Kim Ersättare"
    assert "ersättare" in window.action_registry["edit.undo"].text()

    new = copying.copy_to_new_period(store, ids["agreement"], "2027-01-01", "2029-12-31").created("agreement")[0]
    assert [r["deputy_name"] for r in resources.list_resources(store, new)] == ["Kim Ersättare"]
    out = reports.build(store, "resources", tmp_path / "resurser.pdf", agreement=ids["agreement"])
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(out).pages)
    assert "Ersättare" in text and "Kim Ersättare" in text
    assert field_title("deputy_uuid", "guaranteed_resource") == "Ersättare"
    window.close_store()


def test_deputy_travels_in_the_exchange(tmp_path):
    stores, ids = copies(tmp_path, "AB")
    a, b = stores["A"], stores["B"]
    with a.write("Ersättare") as tx:
        person = tx.insert("contact_person", {"name": "Robin Ersättare"})
        tx.update("guaranteed_resource", ids["resource"], {"deputy_uuid": person})
    send(a, b, tmp_path)
    assert b.get("guaranteed_resource", ids["resource"])["deputy_uuid"] == person
    for s in stores.values():
        s.close()


def test_deputy_label_is_translated(qapp):
    try:
        assert install_language(qapp, "en")
        assert core_text("&Ersättare") == "&Deputy" and core_text("Ersättare") == "Deputy"
        assert QCoreApplication.translate("", "Ersättare") == "Deputy"
    finally:
        uninstall_language(qapp)
        install_language(qapp, "sv")
