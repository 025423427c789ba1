"""What a merge would do, and did: records per kind of change, the one-line summary, the CLI lines."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..i18n import _
from ..store.records import OpChanges
from ..store.stamps import local_text
from ..text import plural

KINDS = ("new", "changed", "deleted", "conflict")


@dataclass
class MergeItem:
    """One record that the merge changes: what kind of change, a label, the fields involved."""

    table: str
    uuid: str
    kind: str  # new | changed | deleted | conflict | restored
    label: str
    fields: list[tuple[str, object, object]] = field(default_factory=list)  # (field, mine, theirs)


@dataclass
class TablePreview:
    table: str
    title: str
    items: list[MergeItem] = field(default_factory=list)
    # Changed records counted but not listed: the rows a merge moved forward in bulk (forward.py).
    unlisted: int = 0

    def count(self, kind: str) -> int:
        listed = sum(1 for i in self.items if i.kind == kind or (kind == "changed" and i.kind == "restored"))
        return listed + (self.unlisted if kind == "changed" else 0)

    @property
    def has_changes(self) -> bool:
        return bool(self.items or self.unlisted)


@dataclass
class MergePreview:
    """What a merge would do, per kind of record. ``silent`` counts rows whose clocks alone change."""

    source: str
    tables: list[TablePreview]
    silent: int = 0
    merged_before: str = ""  # this very file was merged then (UTC; seen.py): nothing new, not read

    def total(self, kind: str) -> int:
        return sum(t.count(kind) for t in self.tables)

    @property
    def empty(self) -> bool:
        return not any(t.has_changes for t in self.tables) and not self.silent

    def summary(self) -> str:
        """One line: "3 nya, 2 ändrade, 1 borttagen, 1 konflikt"."""
        if self.merged_before:
            return _("Inget nytt i filen: den lästes in {when}.").format(when=local_text(self.merged_before))
        totals = [self.total(kind) for kind in KINDS]
        if not any(totals):
            return _("Inget nytt i filen.")
        line = _counts(totals, keep_zero=True)
        kept = self.delete_conflicts
        if kept:
            line += (_(" (varav 1 borttagning mot en ändring: posten finns kvar tills du bestämmer)") if kept == 1
                     else _(" (varav {n} borttagningar mot en ändring: posterna finns kvar tills du bestämmer)")
                     .format(n=kept))
        return line

    @property
    def delete_conflicts(self) -> int:
        """Records a delete met an edit it had not seen: kept alive, a conflict to settle."""
        return sum(1 for t in self.tables for i in t.items
                   if i.kind == "conflict" and any(f == "deleted" for f, _m, _t in i.fields))

    def lines(self) -> list[str]:
        """The summary per kind of record, as the CLI prints it."""
        out = [_("Från {source}").format(source=self.source), self.summary()]
        for t in self.tables:
            counts = _counts([t.count(k) for k in KINDS], keep_zero=False)
            if counts:
                out.append(f"  {t.title}: {counts}")
                for item in t.items:
                    if item.kind == "conflict":
                        names = ", ".join(f for f, _m, _t in item.fields)
                        out.append("    " + _("konflikt: {label} ({fields})").format(label=item.label, fields=names))
        return out


def _counts(counts: list[int], *, keep_zero: bool) -> str:
    """"3 nya, 2 ändrade, 1 borttagen, 1 konflikt" for counts in the order of :data:`KINDS`."""
    words = ((_("ny"), _("nya")), (_("ändrad"), _("ändrade")), (_("borttagen"), _("borttagna")),
             (_("konflikt"), _("konflikter")))
    return ", ".join(plural(n, one, many) for n, (one, many) in zip(counts, words, strict=True) if n or keep_zero)


@dataclass
class MergeResult:
    preview: MergePreview
    changes: OpChanges
    backup: Path | None
    # The last audit and conflict record ids before the merge: what it wrote comes after them.
    since: tuple[int, int] = (0, 0)
