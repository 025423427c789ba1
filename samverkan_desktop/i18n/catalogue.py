"""Run pyside6-lupdate / pyside6-lrelease over the source and read the resulting catalogue."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent
ROOT = PACKAGE.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("en",)

# ``_`` translates now and ``N_`` marks only (core.i18n); both land in the empty context.
# No source locations: eight people change line numbers all day, the catalogue should not churn.
LUPDATE_OPTIONS = ["-extensions", "py", "-no-obsolete", "-locations", "none", "-sort-messages",
                   "-source-language", "sv_SE", "-tr-function-alias", "QT_TR_NOOP+=N_,tr+=_"]


def ts_path(language: str) -> Path:
    return TRANSLATIONS / f"samverkan_{language}.ts"


def qm_path(language: str) -> Path:
    return TRANSLATIONS / f"samverkan_{language}.qm"


def _tool(name: str) -> str:
    import PySide6

    exe = Path(PySide6.__file__).resolve().parent / (f"{name}.exe" if sys.platform == "win32" else name)
    if exe.exists():
        return str(exe)
    found = shutil.which(f"pyside6-{name}")
    if not found:
        raise FileNotFoundError(f"{name} saknas: installera PySide6-Essentials")
    return found


def _run(args: list[str]) -> str:
    done = subprocess.run(args, capture_output=True, text=True, check=False, cwd=ROOT)
    if done.returncode != 0:
        raise RuntimeError(f"{Path(args[0]).name} misslyckades:\n{done.stdout}{done.stderr}")
    return done.stdout


def lupdate(ts: Path) -> str:
    """Merge the texts marked in the source into ``ts`` (created if missing); returns lupdate's report."""
    return _run([_tool("lupdate"), *LUPDATE_OPTIONS, str(PACKAGE), "-target-language",
                 ts.stem.split("_", 1)[1], "-ts", str(ts)])


def lrelease(ts: Path, qm: Path) -> str:
    """Compile ``ts`` into ``qm``."""
    return _run([_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)])


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translation: str
    finished: bool


def read_ts(ts: Path) -> list[Message]:
    """Every message of a .ts file (vanished and obsolete ones left out)."""
    out = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            tr = message.find("translation")
            kind = tr.get("type") if tr is not None else "unfinished"
            if kind in ("vanished", "obsolete"):
                continue
            text = (tr.text or "") if tr is not None else ""
            if message.get("numerus") == "yes" and tr is not None:
                text = "|".join(f.text or "" for f in tr.iter("numerusform"))
            source = message.findtext("source") or ""
            out.append(Message(name, source, text, kind != "unfinished" and bool(text.strip("|"))))
    return out


def fresh_messages(language: str) -> list[Message]:
    """The catalogue as ``update`` would write it now, without touching the committed one."""
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / ts_path(language).name
        if ts_path(language).exists():
            shutil.copy(ts_path(language), copy)
        lupdate(copy)
        return read_ts(copy)


def qm_up_to_date(language: str) -> bool:
    """Does the committed .qm hold what the committed .ts would compile to?"""
    if not qm_path(language).exists():
        return False
    with tempfile.TemporaryDirectory() as tmp:
        built = Path(tmp) / "built.qm"
        lrelease(ts_path(language), built)
        return built.read_bytes() == qm_path(language).read_bytes()


def write_translations(language: str, translations: dict[tuple[str, str], str]) -> int:
    """Fill ``(context, source) -> translation`` into the .ts (context ``"*"`` matches any); returns how many."""
    ts = ts_path(language)
    tree = ET.parse(ts)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            text = translations.get((name, source), translations.get(("*", source)))
            if text is None:
                continue
            tr = message.find("translation")
            if tr is None:
                tr = ET.SubElement(message, "translation")
            if tr.get("type") in ("vanished", "obsolete"):
                continue
            tr.text = text
            tr.attrib.pop("type", None)
            filled += 1
    _write(tree, ts)
    return filled


def _write(tree: ET.ElementTree, ts: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    os.utime(ts)
