# Makes docs/screenshots/merge-preview.png and conflicts.png from the demo workspace:
#   PYTHONPATH=. python docs/screenshots/exchange_shots.py docs/screenshots
import os, shutil, sys, tempfile
os.environ["QT_QPA_PLATFORM"] = "offscreen"
d = tempfile.mkdtemp()
os.environ["SAMVERKAN_DATA_DIR"] = d
os.environ["XDG_CONFIG_HOME"] = d + "/config"
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from samverkan_desktop.core.demo import create_demo_workspace
from samverkan_desktop.core.store import Store
from samverkan_desktop.core.exchange import export
from samverkan_desktop.ui.main_window import MainWindow
from samverkan_desktop.ui.settings import Settings
from samverkan_desktop.ui.exchange.conflicts import ConflictsDialog
A = "00000000-0000-4000-8000-00000000000a"; B = "00000000-0000-4000-8000-00000000000b"
base = Path(d) / "base.sqlite"
create_demo_workspace(base, user="Demo", origin="00000000-0000-4000-8000-0000000000ff").close()
for n in "ab":
    shutil.copyfile(base, Path(d) / f"{n}.sqlite")
a = Store.open(Path(d) / "a.sqlite", user="Anna Andersson", origin=A, make_backup=False)
b = Store.open(Path(d) / "b.sqlite", user="Bo Berg", origin=B, make_backup=False)
res = a.query("SELECT uuid, holder FROM guaranteed_resource WHERE deleted=0 ORDER BY position LIMIT 3")
forms = a.query("SELECT uuid FROM cooperation_form WHERE deleted=0 ORDER BY position LIMIT 3")
aps = a.query("SELECT uuid FROM agreement_party WHERE deleted=0 LIMIT 2")
probs = a.query("SELECT uuid FROM problem WHERE deleted=0 LIMIT 2")
ag = a.query("SELECT uuid FROM agreement ORDER BY period_from LIMIT 1")[0][0]
with a.write("Ändra") as tx:
    tx.update("guaranteed_resource", res[0][0], {"holder": "Kim Karlsson", "status": "tillsatt"})
    tx.update("guaranteed_resource", res[1][0], {"status": "vakant"})
    tx.update("cooperation_form", forms[0][0], {"description": "Veckovis avstämning tisdagar 9.00 i polishuset."})
    tx.update("agreement_party", aps[0][0], {"case_number": "KS 1382/2023"})
    tx.delete("problem", probs[0][0])
    for i, t in enumerate(["Nedskräpning i Varbergaparken", "Mopedåkning på gång- och cykelväg"]):
        tx.insert("problem", {"agreement_uuid": ag, "description": t, "raised_year": 2026, "raised_week": 12 + i})
with b.write("Ändra") as tx:
    tx.update("guaranteed_resource", res[0][0], {"holder": "Alex Lind"})
    tx.update("cooperation_form", forms[0][0], {"description": "Varannan vecka, digitalt."})
    tx.update("agreement_party", aps[0][0], {"case_number": "KS 1382/2023-2"})
    tx.update("problem", probs[1][0], {"status": "bevakas"})
out = Path(d) / "orebro-delad-anna.sqlite"
export.export_workspace(a, out, exporter_name="Anna Andersson", organisation="Örebro kommun")
a.close()
s = Settings(); s.set("user/name", "Bo Berg")
w = MainWindow(s); w.set_store(b); w.show()
ex = w.exchange_actions
task = ex.import_dialog(out)
import time
while not hasattr(ex, "preview_dialog"):
    app.processEvents(); time.sleep(0.02)
dlg = ex.preview_dialog
dlg.show(); app.processEvents()
# expand the resources kind too
for r in range(dlg.model.rowCount()):
    if dlg.model.item(r, 0).text() in ("Resurser", "Samverkansformer", "Avtalsparter"):
        dlg.tree.expand(dlg.model.index(r, 0))
        it = dlg.model.item(r, 0)
        for c in range(it.rowCount()):
            dlg.tree.expand(it.child(c, 0).index())
app.processEvents()
dlg.grab().save(sys.argv[1] + "/merge-preview.png")
t = dlg.apply()
while dlg.result is None:
    app.processEvents(); time.sleep(0.02)
ex.result_box.grab().save("/tmp/result-box.png")
ex.result_box.close()
v = ConflictsDialog(w.ctx, w); v.show(); app.processEvents()
v.table.selectRow(1); app.processEvents()
v.grab().save(sys.argv[1] + "/conflicts.png")
print(dlg.result.preview.lines())
w.close_store()
