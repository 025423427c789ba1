"""The areas of an agreement: every område and plats under the kommun areas of its parties.

Areas are shared data (kommun › område › plats, ``area.party_uuid`` on the kommun row); an
agreement "owns" the areas below the kommun rows of the parties that signed it. The EST analysis
rolls a plats up into its område; the importer resolves area names against this list.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..store.database import Store


@dataclass(frozen=True)
class AreaRef:
    """One area of an agreement, with the område it counts under in the analysis."""

    uuid: str
    name: str
    level: str  # kommun | område | plats
    parent_uuid: str | None
    group_uuid: str  # the område (itself for an område or kommun; the parent for a plats)


_TREE = """
WITH RECURSIVE tree(uuid, name, level, parent_uuid, position, depth) AS (
    SELECT a.uuid, a.name, a.level, a.parent_uuid, a.position, 0 FROM area a
    WHERE a.deleted = 0 AND a.level = 'kommun' AND a.party_uuid IN (
        SELECT party_uuid FROM agreement_party WHERE agreement_uuid = ? AND deleted = 0)
    UNION ALL
    SELECT a.uuid, a.name, a.level, a.parent_uuid, a.position, t.depth + 1
    FROM area a JOIN tree t ON a.parent_uuid = t.uuid WHERE a.deleted = 0 AND t.depth < 4)
SELECT * FROM tree
"""


def agreement_areas(store: Store, agreement_uuid: str) -> list[AreaRef]:
    """Every live area of the agreement (kommun, områden, platser), in tree order."""
    rows = [dict(r) for r in store.query(_TREE, (agreement_uuid,))]
    by_uuid = {r["uuid"]: r for r in rows}
    out = []
    for r in rows:
        group = r["parent_uuid"] if r["level"] == "plats" and r["parent_uuid"] in by_uuid else r["uuid"]
        out.append(AreaRef(r["uuid"], r["name"], r["level"], r["parent_uuid"], group))
    return out


def kommun_roots(store: Store, agreement_uuid: str) -> list[AreaRef]:
    """The kommun-level areas of the agreement (where a new område is created on import)."""
    return [a for a in agreement_areas(store, agreement_uuid) if a.level == "kommun"]
