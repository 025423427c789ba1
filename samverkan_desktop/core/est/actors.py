"""EST actors: the organisations that report incidents or own actions (bostadsbolag,
räddningstjänst, skola, fritidsgård, ordningsvakter, kollektivtrafik, fältassistenter …).

An actor belongs to an agreement's register, has contact persons, may stand for an incident source
(``source_uuid``: the "Källa" code item its reports come in under) and may be a party
(``party_uuid``). Parties are actors too: :func:`owners` offers the agreement's parties and the
register's actors as one list, for an EST action's owner and an action plan row's "Vem".
"""

from __future__ import annotations

from ..agreement.queries import agreement_parties
from ..errors import NotFound, ValidationError
from ..i18n import N_, _
from ..store import crud
from ..store.database import Store
from ..store.operation import operation
from ..store.records import OpChanges

KINDS = (N_("bostadsbolag"), N_("räddningstjänst"), N_("skola"), N_("fritidsgård"), N_("ordningsvakter"),
         N_("kollektivtrafik"), N_("fältassistenter"), N_("socialtjänst"), N_("fastighetsägare"),
         N_("förening"), N_("näringsliv"), N_("kommunal förvaltning"), N_("myndighet"), N_("annan"))
FIELDS = ("name", "kind", "party_uuid", "source_uuid", "description")
CONTACT_FIELDS = ("name", "title", "email", "phone")


def list_actors(store: Store, agreement_uuid: str) -> list[dict]:
    """The agreement's register (not its parties), by kind and name, with source label and the
    number of contacts and open actions."""
    return [dict(r) for r in store.query(
        """SELECT a.*, c.label AS source, p.name AS party_name,
                  (SELECT count(*) FROM actor_contact k WHERE k.actor_uuid = a.uuid AND k.deleted = 0) AS contacts,
                  (SELECT count(*) FROM action x WHERE x.actor_uuid = a.uuid AND x.deleted = 0
                     AND x.status IN ('planerad', 'pågår')) AS open_actions
           FROM actor a LEFT JOIN code_item c ON c.uuid = a.source_uuid
           LEFT JOIN party p ON p.uuid = a.party_uuid
           WHERE a.agreement_uuid = ? AND a.deleted = 0
           ORDER BY a.kind COLLATE sv, a.name COLLATE sv""", (agreement_uuid,))]


def owners(store: Store, agreement_uuid: str) -> list[dict]:
    """Everyone who can own an action: the parties (``is_party``), then the register's actors.

    Rows have ``uuid``, ``name``, ``kind`` and ``is_party``.
    """
    out = [{"uuid": p.party_uuid, "name": p.name, "kind": p.kind, "is_party": True}
           for p in agreement_parties(store, agreement_uuid)]
    out += [{"uuid": a["uuid"], "name": a["name"], "kind": a["kind"], "is_party": False}
            for a in list_actors(store, agreement_uuid)]
    return out


def owner_name(store: Store, uuid: str | None) -> str:
    """The name of an actor or a party ("" for None or an unknown uuid)."""
    if not uuid:
        return ""
    row = store.get("actor", uuid) or store.get("party", uuid)
    return row["name"] if row else ""


def _clean(store: Store, values: dict) -> dict:
    unknown = set(values) - set(FIELDS)
    if unknown:
        raise ValidationError(_("Okända fält: {names}").format(names=', '.join(sorted(unknown))))
    out = dict(values)
    if "name" in out:
        out["name"] = " ".join((out["name"] or "").split())
        if not out["name"]:
            raise ValidationError(_("Aktören behöver ett namn."), field="name")
    if "kind" in out:
        out["kind"] = (out["kind"] or "annan").strip()
    if "description" in out:
        out["description"] = (out["description"] or "").strip()
    for key, table in (("party_uuid", "party"), ("source_uuid", "code_item")):
        if out.get(key):
            row = store.get(table, out[key])
            if row is None or row["deleted"]:
                raise NotFound(_("Det valda ({table}) finns inte längre.").format(table=table))
        elif key in out:
            out[key] = None
    return out


@operation
def add_actor(store: Store, agreement_uuid: str, *, name: str, kind: str = "annan", **values) -> OpChanges:
    """Add an actor to the agreement's register."""
    clean = _clean(store, {"name": name, "kind": kind, **values})
    return crud.insert(store, "actor", {"agreement_uuid": agreement_uuid, **clean}, _("Ny aktör: {name}").format(name=clean['name']))


@operation
def update_actor(store: Store, uuid: str, **values) -> OpChanges:
    """Change an actor (name, kind, party, source, description)."""
    _require(store, "actor", uuid)
    clean = _clean(store, values)
    return crud.update(store, "actor", uuid, clean, _("Ändra aktör"))


@operation
def delete_actor(store: Store, uuid: str) -> OpChanges:
    """Remove an actor and its contact persons (actions it owned keep their party and function)."""
    _require(store, "actor", uuid)
    return crud.delete(store, "actor", uuid, _("Ta bort aktör"), dependants=(("actor_contact", "actor_uuid"),),
                       unlinks=(("action", "actor_uuid"),))


def list_contacts(store: Store, actor_uuid: str) -> list[dict]:
    """The actor's contact persons by name."""
    return [dict(r) for r in store.query(
        "SELECT * FROM actor_contact WHERE actor_uuid = ? AND deleted = 0 ORDER BY name COLLATE sv", (actor_uuid,))]


def _contact(values: dict) -> dict:
    unknown = set(values) - set(CONTACT_FIELDS)
    if unknown:
        raise ValidationError(_("Okända fält: {names}").format(names=', '.join(sorted(unknown))))
    out = {k: " ".join((v or "").split()) for k, v in values.items()}
    if "name" in out and not out["name"]:
        raise ValidationError(_("Kontaktpersonen behöver ett namn."), field="name")
    return out


@operation
def add_contact(store: Store, actor_uuid: str, *, name: str, **values) -> OpChanges:
    """Add a contact person to an actor."""
    _require(store, "actor", actor_uuid)
    clean = _contact({"name": name, **values})
    return crud.insert(store, "actor_contact", {"actor_uuid": actor_uuid, **clean}, _("Ny kontaktperson: {name}").format(name=clean['name']))


@operation
def update_contact(store: Store, uuid: str, **values) -> OpChanges:
    _require(store, "actor_contact", uuid)
    clean = _contact(values)
    return crud.update(store, "actor_contact", uuid, clean, _("Ändra kontaktperson"))


@operation
def delete_contact(store: Store, uuid: str) -> OpChanges:
    _require(store, "actor_contact", uuid)
    return crud.delete(store, "actor_contact", uuid, _("Ta bort kontaktperson"))


def _require(store: Store, table: str, uuid: str) -> None:
    store.live(table, uuid, _("Aktören finns inte längre.") if table == "actor" else _("Kontaktpersonen finns inte längre."))
