"""Make docs/screenshots/merge-preview.png and conflicts.png from the demo workspace.

    PYTHONPATH=. QT_QPA_PLATFORM=offscreen python docs/screenshots/exchange_shots.py docs/screenshots

Two coordinators start from the demo; Anna (Örebro kommun) and Bo edit some of the same fields;
Bo imports Anna's file: the preview is shot, the merge applied, the conflict view shot.
"""

from __future__ import annotations

import shutil
import sys
import time
from pathlib import Path

from shot_env import show_window, start

A = "00000000-0000-4000-8000-00000000000a"
B = "00000000-0000-4000-8000-00000000000b"


def _edits(a, b):
    res = a.query("SELECT uuid FROM guaranteed_resource WHERE deleted = 0 ORDER BY position LIMIT 2")
    form = a.scalar("SELECT uuid FROM cooperation_form WHERE deleted = 0 ORDER BY position LIMIT 1")
    probs = a.query("SELECT uuid FROM problem WHERE deleted = 0 LIMIT 2")
    agreement = a.scalar("SELECT uuid FROM agreement ORDER BY period_from LIMIT 1")
    with a.write("Ändra") as tx:
        tx.update("guaranteed_resource", res[0][0], {"holder": "Kim Karlsson"})
        tx.update("guaranteed_resource", res[1][0], {"status": "vakant"})
        tx.update("cooperation_form", form, {"description": "Veckovis avstämning tisdagar 9.00 i polishuset."})
        tx.delete("problem", probs[0][0])
        for i, text in enumerate(["Nedskräpning i Varbergaparken", "Mopedåkning på gång- och cykelväg"]):
            tx.insert("problem", {"agreement_uuid": agreement, "description": text, "raised_year": 2026,
                                  "raised_week": 12 + i})
    with b.write("Ändra") as tx:
        tx.update("guaranteed_resource", res[0][0], {"holder": "Alex Lind"})
        tx.update("cooperation_form", form, {"description": "Varannan vecka, digitalt."})
        tx.update("problem", probs[1][0], {"status": "bevakas"})


def _wait(app, condition):
    while not condition():
        app.processEvents()
        time.sleep(0.02)


def main(out_dir: str) -> None:
    work, app = start()
    from samverkan_desktop.core.demo import create_demo_workspace
    from samverkan_desktop.core.exchange import export
    from samverkan_desktop.core.store.database import Store
    from samverkan_desktop.ui.exchange import menu as exchange_menu
    from samverkan_desktop.ui.exchange.conflicts import ConflictsDialog

    base = work / "base.sqlite"
    create_demo_workspace(base, user="Demo", origin="00000000-0000-4000-8000-0000000000ff").close()
    for name in "ab":
        shutil.copyfile(base, Path(work) / f"{name}.sqlite")
    a = Store.open(Path(work) / "a.sqlite", user="Anna Andersson", origin=A, make_backup=False)
    b = Store.open(Path(work) / "b.sqlite", user="Bo Berg", origin=B, make_backup=False)
    _edits(a, b)
    received = Path(work) / "orebro-delad-anna.sqlite"
    export.export_workspace(a, received, exporter_name="Anna Andersson", organisation="Örebro kommun")
    a.close()
    window = show_window(b, "Bo Berg")
    actions = window.extensions[exchange_menu]
    actions.import_dialog(received)
    _wait(app, lambda: hasattr(actions, "preview_dialog"))
    dialog = actions.preview_dialog
    dialog.show()
    for row in range(dialog.model.rowCount()):
        item = dialog.model.item(row, 0)
        if item.text() in ("Resurser", "Samverkansformer"):
            dialog.tree.expand(item.index())
            for child in range(item.rowCount()):
                dialog.tree.expand(item.child(child, 0).index())
    app.processEvents()
    dialog.grab().save(str(Path(out_dir) / "merge-preview.png"))
    dialog.apply()
    _wait(app, lambda: dialog.result is not None)
    actions.result_box.close()
    view = ConflictsDialog(window.ctx, window)
    view.show()
    view.table.selectRow(1)
    app.processEvents()
    view.grab().save(str(Path(out_dir) / "conflicts.png"))
    print("\n".join(dialog.result.preview.lines()))
    window.close_store()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
