"""Start-up: --demo --screenshots renders every tab; crashes are logged and shown, never lost."""

from __future__ import annotations

import logging
import sys

from PySide6.QtGui import QImage

from samverkan_desktop import app
from samverkan_desktop.ui import crash


def test_screenshots_of_every_tab_with_demo_data(qapp, tmp_path):
    out = tmp_path / "shots"
    assert app.main(["--demo", "--screenshots", str(out)]) == 0
    names = sorted(p.name for p in out.glob("*.png"))
    assert names == ["agreement.png", "communication.png", "est.png", "follow_up.png", "resources.png"]
    for png in out.glob("*.png"):
        image = QImage(str(png))
        assert image.width() >= 1200 and image.height() >= 700
        # Not a blank window: many distinct colours (text, tables, the toolbar).
        colours = {image.pixel(x, y) for x in range(0, image.width(), 17) for y in range(0, image.height(), 17)}
        assert len(colours) > 8, png.name


def test_uncaught_exception_goes_to_log(qapp, monkeypatch):
    crash.setup_logging()
    crash.install()
    shown = []
    monkeypatch.setattr(crash, "_show", lambda summary: shown.append(summary))
    crash._bridge.show.disconnect()
    crash._bridge.show.connect(lambda s: shown.append(s))
    try:
        raise ValueError("provfel i en slot")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "provfel i en slot" in crash.log_path().read_text(encoding="utf-8")
    qapp.processEvents()
    assert shown and "ValueError" in shown[0]
    sys.excepthook = sys.__excepthook__


def test_without_a_display_one_line_says_how_to_run(monkeypatch, capsys):
    monkeypatch.setattr(sys, "platform", "linux")
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    assert app.main([]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "xvfb-run" in err[0] and "QT_QPA_PLATFORM=offscreen" in err[0]


def test_help_is_swedish(capsys):
    import pytest

    with pytest.raises(SystemExit) as exc:
        app.parse_args(["--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    assert "användning: samverkan-desktop" in out and "visa den här hjälpen" in out
    assert "usage" not in out and "show this" not in out


def test_demo_twice_keeps_an_edit_and_screenshots_leave_settings_alone(qapp, tmp_path):
    from samverkan_desktop.core.demo import demo_path
    from samverkan_desktop.core.store.database import Store
    from samverkan_desktop.ui.settings import Settings

    settings = Settings()
    settings.set("files/last", "/ingenstans/min.sqlite")
    before = {key: settings.q.value(key) for key in settings.q.allKeys()}
    assert app.main(["--demo", "--screenshots", str(tmp_path / "a")]) == 0
    store = Store.open(demo_path(), user="T", origin="test", make_backup=False)
    try:
        uuid = store.query("SELECT uuid FROM agreement ORDER BY title LIMIT 1")[0]["uuid"]
        with store.write("Ändrad titel") as tx:
            tx.update("agreement", uuid, {"title": "Min egen ändring"})
    finally:
        store.close()
    assert app.main(["--demo", "--screenshots", str(tmp_path / "b")]) == 0
    store = Store.open(demo_path(), user="T", origin="test", make_backup=False)
    try:
        assert store.get("agreement", uuid)["title"] == "Min egen ändring"
    finally:
        store.close()
    settings.q.sync()
    assert {key: Settings().q.value(key) for key in Settings().q.allKeys()} == before


def test_reset_demo_takes_a_backup_first(qapp, qtbot, tmp_path):
    from samverkan_desktop.core.demo import demo_path, open_or_create_demo
    from samverkan_desktop.core.store.backup import default_backup_dir, list_backups
    from samverkan_desktop.ui.demo_menu import reset_demo
    from samverkan_desktop.ui.main_window import MainWindow
    from samverkan_desktop.ui.settings import Settings

    open_or_create_demo(demo_path(), user="T", origin="test").close()
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    window.open_path(demo_path())
    assert reset_demo(window, ask=False)
    assert window.ctx.store.path == demo_path()
    assert len(list_backups(default_backup_dir(demo_path()))) >= 1
    window.close_store()
