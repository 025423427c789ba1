"""Kommun as a dimension of EST: every area belongs to a kommun (a party of kind kommun).

An agreement with several municipalities (Hallsberg: Askersund, Hallsberg, Kumla, Laxå) reports per
kommun and for all. A kommun is named by its party (``Kumla kommun``, short name ``Kumla``, or its
uuid); its areas are the kommun area of that party and everything below it. Queries take a
``kommun`` filter as :class:`KommunFilter` (or None for the whole agreement) and restrict incidents,
area statuses, problems and actions to the kommun's areas with :data:`KommunFilter.sql`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from ..agreement.queries import agreement_parties
from ..errors import NotFound
from ..i18n import _
from ..store.database import Store
from .areas import agreement_areas


@dataclass(frozen=True)
class Kommun:
    """A municipality of an agreement with its areas (område and plats, in tree order)."""

    party_uuid: str
    name: str
    short_name: str
    area_uuids: tuple[str, ...]  # the kommun area and every area below it
    areas: tuple[str, ...]  # names of the områden and platser (not the kommun area itself)

    @property
    def label(self) -> str:
        return self.short_name or self.name

    def areas_json(self) -> str:
        """The area uuids as a JSON list, for ``… IN (SELECT value FROM json_each(?))``."""
        return json.dumps(list(self.area_uuids))


def agreement_kommuner(store: Store, agreement_uuid: str) -> list[Kommun]:
    """The agreement's parties of kind kommun in agreed order, each with its areas."""
    tree = agreement_areas(store, agreement_uuid)
    by_parent: dict[str | None, list] = {}
    for a in tree:
        by_parent.setdefault(a.parent_uuid, []).append(a)
    roots = {r["uuid"]: r["party_uuid"] for r in store.query(
        "SELECT uuid, party_uuid FROM area WHERE level = 'kommun' AND deleted = 0")}
    out = []
    for party in agreement_parties(store, agreement_uuid):
        if party.kind != "kommun":
            continue
        uuids, names = [], []
        stack = [a for a in tree if a.level == "kommun" and roots.get(a.uuid) == party.party_uuid]
        while stack:
            a = stack.pop(0)
            uuids.append(a.uuid)
            if a.level != "kommun":
                names.append(a.name)
            stack = by_parent.get(a.uuid, []) + stack
        out.append(Kommun(party.party_uuid, party.name, party.short_name, tuple(uuids), tuple(names)))
    return out


def _norm(text: str) -> str:
    text = " ".join(text.lower().split())
    return text[: -len(" kommun")] if text.endswith(" kommun") else text


def resolve_kommun(store: Store, agreement_uuid: str, term: str | None) -> Kommun | None:
    """The agreement's kommun named by ``term`` (party uuid, name or short name, any case);
    None for an empty term or "alla" (the whole agreement).

    :raises NotFound: no kommun of the agreement matches (the message lists them)
    """
    raw = (term or "").strip()
    if not raw or raw.lower() in ("alla", "*"):
        return None
    kommuner = agreement_kommuner(store, agreement_uuid)
    for k in kommuner:
        if raw == k.party_uuid:
            return k
    want = _norm(raw)
    for k in kommuner:
        if want in (_norm(k.name), _norm(k.short_name)) or want == k.name.lower():
            return k
    names = ", ".join(k.label for k in kommuner) or "inga"
    raise NotFound(_("Överenskommelsen har ingen kommun {raw!r} (kommunerna är: {names}).").format(raw=raw, names=names))


def kommun_of(store: Store, agreement_uuid: str, party_uuid: str | None) -> Kommun | None:
    """The kommun of party ``party_uuid`` in the agreement (None for None or a non-kommun)."""
    if not party_uuid:
        return None
    return next((k for k in agreement_kommuner(store, agreement_uuid) if k.party_uuid == party_uuid), None)


def areas_param(kommun: Kommun | None) -> str | None:
    """The SQL parameter for ``(? IS NULL OR x.area_uuid IN (SELECT value FROM json_each(?)))``."""
    return kommun.areas_json() if kommun else None


AREA_IN = "(:kommun_areas IS NULL OR {col} IN (SELECT value FROM json_each(:kommun_areas)))"


def area_clause(col: str) -> str:
    """``col`` restricted to the kommun's areas (named parameter ``:kommun_areas``)."""
    return AREA_IN.format(col=col)


ACTION_IN = ("(:kommun_areas IS NULL OR {area} IN (SELECT value FROM json_each(:kommun_areas)) "
             "OR ({area} IS NULL AND {party} = :kommun_party))")


def action_clause(area_col: str, party_col: str) -> str:
    """An action belongs to a kommun when its problem lies in the kommun's areas, or (without a
    problem area) when the kommun is responsible for it."""
    return ACTION_IN.format(area=area_col, party=party_col)


def params(kommun: Kommun | None) -> dict:
    """The named parameters of :func:`area_clause` and :func:`action_clause`."""
    return {"kommun_areas": areas_param(kommun), "kommun_party": kommun.party_uuid if kommun else None}


def suffix(kommun: Kommun | None) -> str:
    """" – Kumla kommun" for titles, or "" for the whole agreement."""
    return f" – {kommun.name}" if kommun else ""

