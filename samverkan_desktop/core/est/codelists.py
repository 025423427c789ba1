"""Code lists (kodlistor): incident categories and sources, kept as data in ``code_item``.

The defaults follow common EST practice. Each default row gets a uuid derived from its list and
label, so two coordinators who both install the defaults end up with one row per code after a
merge, not two. A later rename keeps the uuid (and with it the history of every incident).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..store.stamps import natural_uuid

if TYPE_CHECKING:
    from ..store.database import Store
    from ..store.records import Transaction

INCIDENT_CATEGORY = "incident_category"
SOURCE = "source"

DEFAULT_CATEGORIES: tuple[str, ...] = (
    "Skadegörelse",
    "Klotter",
    "Brand",
    "Narkotikahantering",
    "Ordningsstörning",
    "Otrygg plats",
    "Samling av ungdomar",
    "Hot/våld",
    "Inbrott",
    "Nedskräpning",
    "Fordon/buskörning",
    "Incident mot anställd",
)

DEFAULT_SOURCES: tuple[str, ...] = (
    "Polis",
    "Fastighet",
    "Gata/park",
    "Skola",
    "Fritidsgård",
    "Socialtjänst",
    "Fältassistenter",
    "Ordningsvakter",
    "Räddningstjänst",
    "Bostadsbolag",
    "Kollektivtrafik",
    "Bevakningsföretag",
    "Nattvandrare",
    "Allmänheten",
)

DEFAULTS: dict[str, tuple[str, ...]] = {
    INCIDENT_CATEGORY: DEFAULT_CATEGORIES,
    SOURCE: DEFAULT_SOURCES,
}


def code_uuid(list_name: str, label: str) -> str:
    """The natural uuid of a default code: the same on every installation.

    :param list_name: ``'incident_category'``, ``'source'``, …
    :param label: the code's label as first installed
    """
    return natural_uuid("code", list_name, label)


def ensure_default_codes(tx: Transaction) -> dict[str, dict[str, str]]:
    """Install the default incident categories and sources (idempotent).

    A default that already exists is left as the user has it (a renamed or deactivated code
    stays renamed or deactivated); a default that was deleted is not brought back.

    :param tx: an open write transaction
    :returns: ``{list_name: {default label: uuid}}``
    """
    out: dict[str, dict[str, str]] = {}
    for list_name, labels in DEFAULTS.items():
        out[list_name] = {}
        for position, label in enumerate(labels):
            uuid = code_uuid(list_name, label)
            if tx.store.get("code_item", uuid) is None:
                tx.insert("code_item", {"list_name": list_name, "label": label,
                                        "position": position}, uuid=uuid)
            out[list_name][label] = uuid
    return out


def codes(store: Store, list_name: str, *, include_inactive: bool = False) -> list[dict]:
    """The live items of a code list, ordered by position (then label in Swedish order).

    :param store: the open workspace
    :param list_name: ``'incident_category'``, ``'source'``, ``'channel'`` or ``'target_group'``
    :param include_inactive: also return items switched off with ``active = 0``
    """
    active = "" if include_inactive else "AND active = 1"
    return [dict(r) for r in store.query(
        f"SELECT * FROM code_item WHERE list_name = ? AND deleted = 0 {active} "
        "ORDER BY position, label COLLATE sv", (list_name,))]
