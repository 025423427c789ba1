"""Packaging: the Windows installer script names only what the bundle holds; the Linux desktop
files claim only our own file types; the version comes from one place."""

from __future__ import annotations

import configparser
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path, PureWindowsPath

import pytest

from samverkan_desktop import __version__
from samverkan_desktop.core import filetypes

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
sys.path.insert(0, str(PACKAGING))
import bundle_data  # noqa: E402

ISS = PACKAGING / "windows" / "samverkan-desktop.iss"


def iss_sections(text: str) -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = None
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith(";") or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], [])
        elif current is not None:
            current.append(line)
    return sections


def iss_params(line: str) -> dict[str, str]:
    """``Name: "x"; Flags: a b`` → {"Name": "x", "Flags": "a b"} (quotes doubled inside values)."""
    params = {}
    for match in re.finditer(r'(\w+):\s*("(?:[^"]|"")*"|[^;]*)', line):
        value = match.group(2).strip()
        if value.startswith('"'):
            value = value[1:-1].replace('""', '"')
        params[match.group(1)] = value
    return params


def iss_defines(text: str) -> dict[str, str]:
    return dict(re.findall(r'#define\s+(\w+)\s+"([^"]*)"', text))


def expand(value: str, defines: dict[str, str]) -> str:
    return re.sub(r"\{#(\w+)\}", lambda m: defines[m.group(1)], value)


def files_named_by_installer(bundle: Path) -> list[tuple[str, Path]]:
    """Every bundle path the script installs from or points a shortcut/association at."""
    text = ISS.read_text(encoding="utf-8")
    defines = iss_defines(text)
    sections = iss_sections(text)
    named = []
    for line in sections["Files"]:
        source = expand(iss_params(line)["Source"], defines)
        rel = PureWindowsPath(source).relative_to(PureWindowsPath(defines["Bundle"]))
        named.append((source, bundle.joinpath(*rel.parts)))
    for section, key in (("Icons", "Filename"), ("Run", "Filename"), ("Registry", "ValueData")):
        for line in sections.get(section, []):
            value = expand(iss_params(line).get(key, ""), defines)
            for ref in re.findall(r"\{app\}\\([^\",%]+)", value):
                named.append((value, bundle.joinpath(*PureWindowsPath(ref).parts)))
    return named


def exists(path: Path) -> bool:
    return any(path.parent.glob(path.name)) if "*" in path.name else path.exists()


def test_every_file_the_installer_names_is_in_the_bundle(tmp_path):
    built = ROOT / "dist" / bundle_data.NAME
    bundle = built if (built / f"{bundle_data.NAME}.exe").exists() else bundle_data.fake_layout(tmp_path)
    named = files_named_by_installer(bundle)
    assert len(named) >= 5
    missing = [source for source, path in named if not exists(path)]
    assert missing == []
    # The installer's own icon, relative to the script.
    setup_icon = iss_params("SetupIconFile: " + next(line.split("=", 1)[1] for line in iss_sections(
        ISS.read_text(encoding="utf-8"))["Setup"] if line.startswith("SetupIconFile")))["SetupIconFile"]
    assert (ISS.parent / PureWindowsPath(setup_icon).as_posix()).is_file()


def test_a_missing_file_is_caught(tmp_path):
    bundle = bundle_data.fake_layout(tmp_path)
    (bundle / f"{bundle_data.NAME}.exe").unlink()
    assert [s for s, p in files_named_by_installer(bundle) if not exists(p)]


def test_installer_associates_both_file_types_per_user_or_machine():
    text = ISS.read_text(encoding="utf-8")
    setup = dict(line.split("=", 1) for line in iss_sections(text)["Setup"])
    assert setup["PrivilegesRequired"] == "lowest" and "dialog" in setup["PrivilegesRequiredOverridesAllowed"]
    registry = "\n".join(iss_sections(text)["Registry"])
    for suffix, mime in ((filetypes.WORKSPACE_SUFFIX, filetypes.WORKSPACE_MIME),
                         (filetypes.SHARED_SUFFIX, filetypes.SHARED_MIME)):
        assert f'Software\\Classes\\{suffix}"' in registry and mime in registry
    assert "{group}" in "\n".join(iss_sections(text)["Icons"])


def test_bundle_carries_schema_migrations_fonts_translations_guide():
    files = bundle_data.expected_files()
    migrations = sorted(p.name for p in (ROOT / "db" / "migrations").glob("*.sql"))
    assert "samverkan_desktop/db/schema.sql" in files
    assert all(f"samverkan_desktop/db/migrations/{m}" in files for m in migrations)
    assert "samverkan_desktop/resources/fonts/DejaVuSans.ttf" in files
    assert "samverkan_desktop/resources/translations/samverkan_en.qm" in files
    assert "samverkan_desktop/docs/guide/index.md" in files
    assert "PySide6/Qt/translations/qtbase_sv.qm" in files
    assert bundle_data.dropped("PySide6/Qt/lib/libQt6Quick.so.6") and not bundle_data.dropped(
        "PySide6/Qt/lib/libQt6Widgets.so.6")


def test_linux_desktop_entry_claims_only_our_types():
    entry = configparser.ConfigParser(interpolation=None, strict=False)
    entry.optionxform = str
    entry.read(PACKAGING / "linux" / "samverkan-desktop.desktop", encoding="utf-8")
    types = [t for t in entry["Desktop Entry"]["MimeType"].split(";") if t]
    assert types == [filetypes.WORKSPACE_MIME, filetypes.SHARED_MIME]
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    root = ET.parse(PACKAGING / "linux" / "samverkan-desktop-mime.xml").getroot()
    globs = {t.get("type"): [g.get("pattern") for g in t.findall("m:glob", ns)] for t in root.findall("m:mime-type", ns)}
    assert globs == {filetypes.WORKSPACE_MIME: [f"*{filetypes.WORKSPACE_SUFFIX}"],
                     filetypes.SHARED_MIME: [f"*{filetypes.SHARED_SUFFIX}"]}


def test_version_from_one_place():
    assert bundle_data.version() == __version__
    root = ET.parse(PACKAGING / "linux" / "se.samverkan.SamverkanDesktop.metainfo.xml").getroot()
    assert root.find("releases/release").get("version") == __version__
    assert {m.text for m in root.findall("provides/mediatype")} == {filetypes.WORKSPACE_MIME, filetypes.SHARED_MIME}
    import tomllib
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" in pyproject["project"]["dynamic"] and "version" not in pyproject["project"]
    assert pyproject["tool"]["hatch"]["version"]["path"] == "samverkan_desktop/__init__.py"


@pytest.mark.parametrize("name, kind", [
    ("Samverkan Örebro.samverkan", filetypes.WORKSPACE), ("gammal.sqlite", filetypes.WORKSPACE),
    ("från-kumla.samverkan-delning", filetypes.SHARED), ("RAPPORT.SAMVERKAN-DELNING", filetypes.SHARED),
    ("anteckningar.txt", None),
])
def test_file_kinds(name, kind):
    assert filetypes.kind_of(name) == kind
