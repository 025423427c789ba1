"""Find string literals that a user would see but that are not marked for translation.

A literal counts as marked when it is an argument of a translation call (``self.tr``,
``QCoreApplication.translate``, ``tr``, ``_``, ``N_``, ``QT_TR_NOOP``, ``QT_TRANSLATE_NOOP``).
In ``ui/`` and the CLI (:func:`unmarked`) everything else that reads like prose is reported, except
what :data:`ALLOWED_CALLS` and :func:`_looks_technical` let through: object names, settings keys,
icon names, style sheets, format patterns, log messages and the like (the CLI's ``print`` and
``add_argument`` are not let through: that is what its user reads). In ``core/``
(:func:`unmarked_messages`) only the messages of the errors it raises to the user are checked.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

TRANSLATE_CALLS = {"tr", "translate", "_", "N_", "QT_TR_NOOP", "QT_TRANSLATE_NOOP", "qsTr"}

# Calls whose string arguments are never shown to a user.
ALLOWED_CALLS = {
    "setObjectName", "objectName", "findChild", "findChildren", "setProperty", "property",
    "icon", "fromTheme", "Signal", "Slot", "setStyleSheet", "get", "set", "value", "setValue",
    "startswith", "endswith", "removesuffix", "removeprefix", "split", "rsplit", "join", "replace",
    "strip", "lstrip", "rstrip", "strftime", "strptime", "toString", "fromString", "fromisoformat",
    "getattr", "setattr", "hasattr", "isinstance", "open", "Path", "with_suffix", "glob", "rglob",
    "debug", "info", "exception", "getLogger", "log",
    "execute", "query", "setFormat", "setDisplayFormat", "QKeySequence", "QRegularExpression",
    "compile", "match", "search", "sub", "fullmatch", "dumps", "loads", "encode", "decode",
    "setFamily", "QFont", "QColor", "setFeature", "pop", "setdefault", "index",
    "count", "format_map", "emit", "connect", "add_argument", "environ", "getenv", "setenv",
    "field", "row", "col", "column_index", "setData", "data", "mimeData", "setMimeData",
    "hasFormat", "addBindValue", "sort", "sorted", "key", "print", "print_exc", "setOrganizationName",
}

LOGGERS = {"log", "logger", "logging", "_log"}
DEVELOPER_ERRORS = {"ValueError", "TypeError", "RuntimeError", "KeyError", "AssertionError",
                    "NotImplementedError", "LookupError", "AttributeError"}

# Keyword arguments whose values are technical.
ALLOWED_KEYWORDS = {"key", "object_name", "objectName", "icon", "icon_name", "name", "kind", "table",
                    "column", "field", "settings_key", "style", "pk", "order_by", "sep", "end",
                    "encoding", "mode", "format", "fmt", "suffix_key", "role", "shortcut"}

_WORD = re.compile(r"[A-Za-zÅÄÖåäö]{2,}")
_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_./:#*\-]*$")
_PATTERN = re.compile(r"^[\s\W\d]*$|^%[-\w.]+$|^\{[^{}]*\}$")
# Key sequences ("Ctrl+Shift+I", "Alt+Left"): Qt translates the modifier names itself.
_COLOUR_OR_SUFFIX = re.compile(r"^(#[0-9a-fA-F]{3,8}|\.[a-z0-9]{1,5})$")
_CAPITALISED = re.compile(r"^[A-ZÅÄÖ][a-zåäö]+\.?$")
_SWEDISH_LETTER = re.compile(r"[åäöÅÄÖ]")
_KEYS = re.compile(r"^((Ctrl|Alt|Shift|Meta)\+)+\w+$")
_OPTION = re.compile(r"^--?[a-z][a-z-]*$")  # a command-line flag: --dry-run
# Names that are the same in every language.
ALLOWED_TEXT = {"Samverkan Desktop", "Kommunstyrelsens trygghetsutskott", "Fusion", "PDF (*.pdf)", "Ks 488/2023", "English", "Svenska"}


@dataclass(frozen=True)
class Unmarked:
    path: Path
    line: int
    text: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.text!r}"


def _call_name(node: ast.Call) -> str:
    f = node.func
    if isinstance(f, ast.Attribute):
        return f.attr
    if isinstance(f, ast.Name):
        return f.id
    return ""


def _looks_technical(text: str) -> bool:
    """Object names, keys, icon names, patterns, SQL-free technical strings."""
    stripped = re.sub(r"<[^>]*>|&nbsp;", " ", text).strip()  # markup is not prose
    if not _WORD.search(stripped):
        return True
    if stripped in ALLOWED_TEXT or _KEYS.match(stripped) or _COLOUR_OR_SUFFIX.match(stripped) or _OPTION.match(stripped):
        return True
    if _IDENT.match(stripped):  # one token: a key, a name, a file pattern – unless it reads as a word
        return not (_CAPITALISED.match(stripped) or _SWEDISH_LETTER.search(stripped))
    if _PATTERN.match(stripped):
        return True
    if stripped.startswith(("QWidget", "Q", "#", "*{", "font-", "color:", "background", "border", "padding",
                            "margin", "<", "%")) and ("{" in stripped or ":" in stripped or
                                                     stripped.startswith(("<", "%"))):
        return not re.search(r">[^<]*[A-Za-zÅÄÖåäö]{3,}[^<]*<", stripped)  # markup with prose counts
    return False


class _Finder(ast.NodeVisitor):
    def __init__(self, path: Path, allowed_calls: set[str] = ALLOWED_CALLS):
        self.path = path
        self.allowed_calls = allowed_calls
        self.found: list[Unmarked] = []
        self._skip: set[int] = set()

    def _skip_tree(self, node: ast.AST) -> None:
        for sub in ast.walk(node):
            self._skip.add(id(sub))

    def visit_Module(self, node):  # noqa: N802 - ast visitor names
        self._skip_docstring(node)
        self.generic_visit(node)

    def visit_ClassDef(self, node):  # noqa: N802
        self._skip_docstring(node)
        self.generic_visit(node)

    def visit_FunctionDef(self, node):  # noqa: N802
        self._skip_docstring(node)
        for default in node.args.defaults + node.args.kw_defaults:
            if default is not None:
                self._skip_tree(default)  # defaults are marked where they are shown
        self.generic_visit(node)

    visit_AsyncFunctionDef = visit_FunctionDef  # noqa: N815

    def _skip_docstring(self, node) -> None:
        body = getattr(node, "body", [])
        if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
            self._skip.add(id(body[0].value))

    def visit_Call(self, node: ast.Call):  # noqa: N802
        name = _call_name(node)
        receiver = node.func.value if isinstance(node.func, ast.Attribute) else None
        if isinstance(receiver, ast.Name) and receiver.id in LOGGERS:
            self._skip_tree(node)
        if name in TRANSLATE_CALLS or name in self.allowed_calls:
            self._skip_tree(node)
        for kw in node.keywords:
            if kw.arg in ALLOWED_KEYWORDS:
                self._skip_tree(kw.value)
        self.generic_visit(node)

    def visit_Subscript(self, node: ast.Subscript):  # noqa: N802
        self._skip_tree(node.slice)  # row["title"], settings["ui/language"]
        self.generic_visit(node)

    def visit_Compare(self, node: ast.Compare):  # noqa: N802
        self._skip_tree(node)  # comparing against stored values, not showing them
        self.generic_visit(node)

    def visit_Dict(self, node: ast.Dict):  # noqa: N802
        for key in node.keys:
            if key is not None:
                self._skip_tree(key)
        self.generic_visit(node)

    def visit_Raise(self, node: ast.Raise):  # noqa: N802
        exc = node.exc.func if isinstance(node.exc, ast.Call) else node.exc
        if isinstance(exc, ast.Name) and exc.id in DEVELOPER_ERRORS:
            self._skip_tree(node)  # a programming error, never shown as such
        self.generic_visit(node)

    def visit_Assert(self, node: ast.Assert):  # noqa: N802
        self._skip_tree(node)

    def visit_Constant(self, node: ast.Constant):  # noqa: N802
        if id(node) in self._skip or not isinstance(node.value, str):
            return
        if not _looks_technical(node.value):
            self.found.append(Unmarked(self.path, node.lineno, node.value))

    def visit_JoinedStr(self, node: ast.JoinedStr):  # noqa: N802
        if id(node) in self._skip:
            return
        prose = "".join(v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str))
        if prose and not _looks_technical(prose) and len(_WORD.findall(prose)) >= 1 and " " in prose.strip():
            self.found.append(Unmarked(self.path, node.lineno, prose))
        # the expressions inside are visited on their own
        for v in node.values:
            if isinstance(v, ast.FormattedValue):
                self.visit(v.value)


def unmarked_in_file(path: Path, *, allow: set[str] = frozenset(), cli: bool = False) -> list[Unmarked]:
    """Unmarked user-visible literals in one Python file (``cli``: what it prints and its --help count)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    finder = _Finder(path, ALLOWED_CALLS - {"print", "add_argument"} if cli else ALLOWED_CALLS)
    finder.visit(tree)
    return [u for u in finder.found if u.text not in allow]


def unmarked(folder: Path, *, allow: set[str] = frozenset(), cli: bool = False) -> list[Unmarked]:
    """Unmarked user-visible literals in ``folder`` (every Python file under it) or in one file."""
    out: list[Unmarked] = []
    for path in sorted(folder.rglob("*.py")) if folder.is_dir() else [folder]:
        out.extend(unmarked_in_file(path, allow=allow, cli=cli))
    return out


def _prose_outside_translation(node: ast.AST, path: Path, found: list[Unmarked]) -> None:
    if isinstance(node, ast.Call) and _call_name(node) in TRANSLATE_CALLS:
        return
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        if not _looks_technical(node.value):
            found.append(Unmarked(path, node.lineno, node.value))
        return
    if isinstance(node, ast.JoinedStr):
        prose = "".join(v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str))
        if not _looks_technical(prose):
            found.append(Unmarked(path, node.lineno, prose))
        for value in node.values:  # the expressions inside, not the literal parts again
            if isinstance(value, ast.FormattedValue):
                _prose_outside_translation(value.value, path, found)
        return
    if isinstance(node, ast.keyword) and node.arg in ALLOWED_KEYWORDS:
        return
    for child in ast.iter_child_nodes(node):
        _prose_outside_translation(child, path, found)


def unmarked_messages(folder: Path) -> list[Unmarked]:
    """Prose in the message of an error raised to the user (not a :data:`DEVELOPER_ERRORS` one)
    under ``folder`` that is not marked: it would reach the user in Swedish whatever the language."""
    found: list[Unmarked] = []
    for path in sorted(folder.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)):
                continue
            if _call_name(node.exc) in DEVELOPER_ERRORS | {"FileNotFoundError", "OSError"}:
                continue
            for part in [*node.exc.args, *node.exc.keywords]:
                _prose_outside_translation(part, path, found)
    return found
