"""Editing the code lists (incident categories, sources) and the areas of the EST log.

A rename keeps the row's uuid, so every incident keeps pointing at the same code and the audit
shows the rename. Codes are never deleted: ``active = 0`` hides a code from entry but keeps history.
"""

from __future__ import annotations

from ..errors import ValidationError
from ..i18n import N_, _
from ..store import crud
from ..store.database import Store
from ..store.operation import operation
from ..store.records import OpChanges
from .codelists import ensure_default_codes

LIST_NAMES = {"incident_category": N_("kategori"), "source": N_("källa"), "channel": N_("kanal"),
              "target_group": N_("målgrupp")}
AREA_LEVELS = (N_("kommun"), N_("område"), N_("plats"))


@operation
def install_default_codes(store: Store) -> OpChanges:
    """Install the default incident categories and sources from EST practice (idempotent)."""
    with store.write("Standardkoder") as tx:
        ensure_default_codes(tx)
    return tx.changes


def _label(store: Store, list_name: str, label: str, *, uuid: str | None = None) -> str:
    if list_name not in LIST_NAMES:
        raise ValidationError(_("Okänd kodlista: {list_name}").format(list_name=list_name))
    label = (label or "").strip()
    if not label:
        raise ValidationError(_("Namnet saknas ({kind}).").format(kind=_(LIST_NAMES[list_name])))
    clash = store.scalar("SELECT uuid FROM code_item WHERE list_name = ? AND deleted = 0 AND lower(label) = lower(?) "
                         "AND uuid <> ?", (list_name, label, uuid or ""))
    if clash:
        raise ValidationError(_("Det finns redan en {kind} som heter {label!r}.").format(kind=_(LIST_NAMES[list_name]), label=label))
    return label


def _code(store: Store, uuid: str) -> dict:
    return store.live("code_item", uuid, _("Koden finns inte längre."))


@operation
def add_code(store: Store, list_name: str, label: str) -> OpChanges:
    """Add a code last in its list."""
    label = _label(store, list_name, label)
    position = store.scalar("SELECT coalesce(max(position) + 1, 0) FROM code_item WHERE list_name = ? "
                            "AND deleted = 0", (list_name,))
    return crud.insert(store, "code_item", {"list_name": list_name, "label": label, "position": position}, _("Ny {kind}: {label}").format(kind=_(LIST_NAMES[list_name]), label=label))


@operation
def rename_code(store: Store, uuid: str, label: str) -> OpChanges:
    """Rename a code; the uuid stays, so its history (incidents, analyses) stays with it."""
    row = _code(store, uuid)
    label = _label(store, row["list_name"], label, uuid=uuid)
    return crud.update(store, "code_item", uuid, {"label": label}, _("Byt namn: {label} → {label2}").format(label=row['label'], label2=label))


@operation
def set_code_active(store: Store, uuid: str, active: bool) -> OpChanges:
    """Switch a code off (hidden from entry, history kept) or on again."""
    row = _code(store, uuid)
    return crud.update(store, "code_item", uuid, {"active": int(bool(active))}, (_("Aktivera {label}") if active else _("Inaktivera {label}")).format(label=row["label"]))


def _renumber(store: Store, table: str, rows: list[dict], uuid: str, delta: int, label: str) -> OpChanges:
    """Move ``uuid`` ``delta`` steps among ``rows`` and write positions 0..n-1 (only changed ones)."""
    order = [r["uuid"] for r in rows]
    i = order.index(uuid)
    j = max(0, min(len(order) - 1, i + delta))
    order.insert(j, order.pop(i))
    with store.write(label) as tx:
        for position, u in enumerate(order):
            tx.update(table, u, {"position": position})
    return tx.changes


@operation
def move_code(store: Store, uuid: str, delta: int) -> OpChanges:
    """Move a code up (delta < 0) or down in its list."""
    row = _code(store, uuid)
    rows = [dict(r) for r in store.query(
        "SELECT uuid FROM code_item WHERE list_name = ? AND deleted = 0 ORDER BY position, label COLLATE sv",
        (row["list_name"],))]
    return _renumber(store, "code_item", rows, uuid, delta, f"Flytta {row['label']}")


# -- areas ---------------------------------------------------------------------------------------

def _area(store: Store, uuid: str) -> dict:
    return store.live("area", uuid, _("Området finns inte längre."))


def _siblings(store: Store, parent_uuid: str | None, level: str) -> list[dict]:
    return [dict(r) for r in store.query(
        "SELECT uuid FROM area WHERE parent_uuid IS ? AND level = ? AND deleted = 0 "
        "ORDER BY position, name COLLATE sv", (parent_uuid, level))]


@operation
def add_area(store: Store, name: str, *, parent_uuid: str | None, level: str = "område",
             party_uuid: str | None = None, area_type: str = "") -> OpChanges:
    """Add a kommun (with its party), an område under a kommun or a plats under an område."""
    name = (name or "").strip()
    if not name:
        raise ValidationError(_("Skriv ett namn på området."))
    if level not in AREA_LEVELS:
        raise ValidationError(_("Okänd nivå: {level!r}.").format(level=level))
    if level == "kommun":
        if not party_uuid:
            raise ValidationError(_("En kommun måste höra till en part."))
        parent_uuid = None
    else:
        parent = _area(store, parent_uuid) if parent_uuid else None
        want = "kommun" if level == "område" else "område"
        if parent is None or parent["level"] != want:
            raise ValidationError(_("Ett {level} måste ligga under ett {want}.").format(level=_(level), want=_(want)))
    clash = store.scalar("SELECT 1 FROM area WHERE parent_uuid IS ? AND deleted = 0 AND lower(name) = lower(?)",
                         (parent_uuid, name))
    if clash:
        raise ValidationError(_("Det finns redan ett område som heter {name!r} där.").format(name=name))
    position = len(_siblings(store, parent_uuid, level))
    with store.write(_("Nytt {level}: {name}").format(level=_(level), name=name)) as tx:
        tx.insert("area", {"parent_uuid": parent_uuid, "party_uuid": party_uuid, "level": level,
                           "area_type": area_type or level, "name": name, "position": position})
    return tx.changes


@operation
def rename_area(store: Store, uuid: str, name: str) -> OpChanges:
    """Rename an area; its uuid, and so its incidents and statuses, stay."""
    row = _area(store, uuid)
    name = (name or "").strip()
    if not name:
        raise ValidationError(_("Skriv ett namn på området."))
    clash = store.scalar("SELECT 1 FROM area WHERE parent_uuid IS ? AND deleted = 0 AND lower(name) = lower(?) "
                         "AND uuid <> ?", (row["parent_uuid"], name, uuid))
    if clash:
        raise ValidationError(_("Det finns redan ett område som heter {name!r} där.").format(name=name))
    return crud.update(store, "area", uuid, {"name": name}, _("Byt namn: {name} → {name2}").format(name=row['name'], name2=name))


@operation
def remove_area(store: Store, uuid: str) -> OpChanges:
    """Take an area out of use: it disappears from entry and the status grid, while incidents,
    statuses and problems that point at it keep its name (the row is tombstoned, undo restores it).

    :raises ValidationError: the area still has live areas under it
    """
    row = _area(store, uuid)
    if store.scalar("SELECT 1 FROM area WHERE parent_uuid = ? AND deleted = 0", (uuid,)):
        raise ValidationError(_("{name} har områden eller platser under sig; ta bort dem först.").format(name=row['name']))
    return crud.delete(store, "area", uuid, _("Ta bort {level}: {name}").format(level=_(row['level']), name=row['name']))


@operation
def move_area(store: Store, uuid: str, delta: int) -> OpChanges:
    """Move an area up (delta < 0) or down among its siblings."""
    row = _area(store, uuid)
    return _renumber(store, "area", _siblings(store, row["parent_uuid"], row["level"]), uuid, delta,
                     f"Flytta {row['name']}")


def area_tree(store: Store, agreement_uuid: str) -> list[dict]:
    """The agreement's kommun areas, each followed by its områden and their platser (``depth`` 0–2)."""
    out: list[dict] = []

    def walk(parent: str, depth: int) -> None:
        for r in store.query("SELECT * FROM area WHERE parent_uuid = ? AND deleted = 0 "
                             "ORDER BY position, name COLLATE sv", (parent,)):
            out.append({**dict(r), "depth": depth})
            walk(r["uuid"], depth + 1)

    for k in store.query(
            """SELECT * FROM area WHERE level = 'kommun' AND deleted = 0 AND party_uuid IN
                 (SELECT party_uuid FROM agreement_party WHERE agreement_uuid = ? AND deleted = 0)
               ORDER BY position, name COLLATE sv""", (agreement_uuid,)):
        out.append({**dict(k), "depth": 0})
        walk(k["uuid"], 1)
    return out
