"""The one list of what the bundle carries besides code: read by the PyInstaller spec, by
the test that checks the Windows installer script, and by the test that builds the bundle.

Every entry is (source relative to the repository, folder inside the bundle's ``_internal``).
The folders mirror the wheel (pyproject's force-include), so ``core/paths.py`` finds them the
same way in a checkout, an installed wheel and a bundle.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NAME = "samverkan-desktop"  # the bundle folder and the executable
INTERNAL = "_internal"  # PyInstaller's contents directory (one-folder mode)

DATA: list[tuple[str, str]] = [
    ("db/schema.sql", "samverkan_desktop/db"),
    ("db/migrations", "samverkan_desktop/db/migrations"),
    ("resources/icons", "samverkan_desktop/resources/icons"),
    ("resources/fonts", "samverkan_desktop/resources/fonts"),
    ("resources/translations", "samverkan_desktop/resources/translations"),
    ("docs/guide", "samverkan_desktop/docs/guide"),
]

# Qt's own Swedish (file dialogs, message box buttons); the other 300 Qt catalogues stay out.
QT_TRANSLATIONS = ("qtbase_sv.qm",)
QT_TRANSLATIONS_DEST = "PySide6/Qt/translations"

# Qt modules the app uses (QtCharts pulls in QtOpenGL/QtOpenGLWidgets by itself; QtSvg draws the
# icons; QtPrintSupport prints; QtPdf shows the print preview). Every other PySide6 module is excluded from the bundle.
QT_MODULES = ("QtCore", "QtGui", "QtWidgets", "QtCharts", "QtSvg", "QtPrintSupport", "QtPdf")
QT_EXCLUDES = (
    "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender", "QtAxContainer",
    "QtBluetooth", "QtConcurrent", "QtDataVisualization", "QtDBus", "QtDesigner", "QtGraphs",
    "QtGraphsWidgets", "QtHelp", "QtHttpServer", "QtLocation", "QtMultimedia", "QtMultimediaWidgets",
    "QtNetwork", "QtNetworkAuth", "QtNfc", "QtPdfWidgets", "QtPositioning", "QtQml", "QtQuick",
    "QtQuick3D", "QtQuickControls2", "QtQuickTest", "QtQuickWidgets", "QtRemoteObjects", "QtScxml",
    "QtSensors", "QtSerialBus", "QtSerialPort", "QtSpatialAudio", "QtSql", "QtStateMachine",
    "QtSvgWidgets", "QtTest", "QtTextToSpeech", "QtUiTools", "QtWebChannel", "QtWebEngineCore",
    "QtWebEngineQuick", "QtWebEngineWidgets", "QtWebSockets", "QtWebView", "QtXml",
)
# Qt libraries and plugins that come along through plugins the app has no use for (QML, the
# virtual keyboard, embedded-device platforms, VNC): left out.
DROP_BINARIES = (
    "Qt6Quick", "Qt6Qml", "Qt6VirtualKeyboard", "Qt6EglFS", "Qt6EglFs",
    "qtvirtualkeyboardplugin", "qvnc", "qeglfs", "qminimalegl", "qvkkhrdisplay", "qlinuxfb",
    "plugins/egldeviceintegrations/", "plugins/generic/",
)
# pypdf is not left out: the privacy scan reads the text of frozen reports with it.
PYTHON_EXCLUDES = ("tkinter", "unittest", "pydoc_data", "pytest", "hypothesis", "IPython")


def dropped(dest: str) -> bool:
    """True for a binary the bundle leaves out (``dest`` as PyInstaller lists it)."""
    dest = dest.replace("\\", "/")
    return any(pattern in dest for pattern in DROP_BINARIES)


def version() -> str:
    """The version, from the one place it is kept (``samverkan_desktop/__init__.py``)."""
    for line in (ROOT / "samverkan_desktop" / "__init__.py").read_text(encoding="utf-8").splitlines():
        if line.startswith("__version__"):
            return line.split("=", 1)[1].strip().strip("\"'")
    raise RuntimeError("no __version__")


def data_files() -> list[tuple[str, str]]:
    """(absolute source, bundle folder) pairs for PyInstaller's ``datas``."""
    return [(str(ROOT / source), dest) for source, dest in DATA]


def expected_files() -> list[str]:
    """Every data file's path inside ``_internal`` (what a built bundle must hold)."""
    files = []
    for source, dest in DATA:
        path = ROOT / source
        if path.is_dir():
            files += [f"{dest}/{p.relative_to(path).as_posix()}" for p in sorted(path.rglob("*")) if p.is_file()]
        else:
            files.append(f"{dest}/{path.name}")
    files += [f"{QT_TRANSLATIONS_DEST}/{name}" for name in QT_TRANSLATIONS]
    return files


def fake_layout(folder: Path, exe_suffix: str = ".exe") -> Path:
    """A bundle's layout without building it: the executable and every data file, empty."""
    bundle = folder / NAME
    for rel in [f"{NAME}{exe_suffix}"] + [f"{INTERNAL}/{f}" for f in expected_files()]:
        target = bundle / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.touch()
    return bundle

