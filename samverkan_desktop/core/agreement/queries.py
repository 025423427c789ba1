"""Reading agreements: list, find by uuid or title, their parties, forms and resources."""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import Ambiguous, NotFound
from ..i18n import _
from ..store.database import Store


@dataclass(frozen=True)
class AgreementParty:
    """A party as it stands in one agreement."""

    uuid: str  # the agreement_party row
    party_uuid: str
    name: str
    short_name: str
    kind: str
    case_number: str
    signatory_name: str
    signatory_title: str


def list_agreements(store: Store) -> list[dict]:
    """Live agreements, newest period first, then by title in Swedish order."""
    return [dict(r) for r in store.query(
        "SELECT * FROM agreement WHERE deleted = 0 ORDER BY period_from DESC, title COLLATE sv")]


def resolve_agreement(store: Store, term: str) -> dict:
    """The agreement whose uuid is ``term``, or whose title or one of whose parties' names (or
    short names) contains it, case-insensitively: "Örebro", "Kumla", "Hallsberg".

    :raises NotFound: nothing matches
    :raises Ambiguous: the term matches more than one agreement (the message lists them)
    """
    rows = list_agreements(store)
    for row in rows:
        if row["uuid"] == term:
            return row
    needle = term.casefold().strip()
    exact = [r for r in rows if r["title"].casefold().strip() == needle]
    if len(exact) == 1:  # a title that is also part of a longer title is still found
        return exact[0]
    names: dict[str, str] = {}
    for r in store.query("""SELECT ap.agreement_uuid, p.name, p.short_name FROM agreement_party ap
                            JOIN party p ON p.uuid = ap.party_uuid WHERE ap.deleted = 0"""):
        names[r["agreement_uuid"]] = names.get(r["agreement_uuid"], "") + f"\n{r['name']}\n{r['short_name']}"
    hits = [r for r in rows if needle in r["title"].casefold()]
    if not hits:  # a party's name: "Örebro" is in no title of the Örebro agreement
        hits = [r for r in rows if needle in names.get(r["uuid"], "").casefold()]
    if not hits:
        raise NotFound(_("Ingen överenskommelse matchar {term!r}.").format(term=term))
    if len(hits) > 1:
        titles = "; ".join(r["title"] for r in hits)
        raise Ambiguous(_("{term!r} matchar {n} överenskommelser ({titles}). Ange mer av titeln eller uuid.").format(term=term, n=len(hits), titles=titles))
    return hits[0]


def agreement_parties(store: Store, agreement_uuid: str) -> list[AgreementParty]:
    """The parties of an agreement in their agreed order."""
    rows = store.query(
        """SELECT ap.uuid, ap.party_uuid, p.name, p.short_name, p.kind, ap.case_number,
                  ap.signatory_name, ap.signatory_title
           FROM agreement_party ap JOIN party p ON p.uuid = ap.party_uuid
           WHERE ap.agreement_uuid = ? AND ap.deleted = 0
           ORDER BY ap.position, p.name COLLATE sv""", (agreement_uuid,))
    return [AgreementParty(**dict(r)) for r in rows]


def header_parties(store: Store, agreement_uuid: str) -> list[tuple[str, str]]:
    """(name, diarienummer) for the header of every PDF page of an agreement."""
    return [(p.name, p.case_number) for p in agreement_parties(store, agreement_uuid)]


def count_live(store: Store, table: str, agreement_uuid: str) -> int:
    """Live rows of ``table`` that belong to an agreement."""
    store.check_table(table)
    return int(store.scalar(
        f"SELECT count(*) FROM {table} WHERE agreement_uuid = ? AND deleted = 0", (agreement_uuid,)))


def list_purposes(store: Store, agreement_uuid: str) -> list[dict]:
    """The agreement's purposes in order."""
    return [dict(r) for r in store.query(
        "SELECT * FROM agreement_purpose WHERE agreement_uuid = ? AND deleted = 0 ORDER BY position",
        (agreement_uuid,))]


def list_forms(store: Store, agreement_uuid: str) -> list[dict]:
    """The forms of cooperation / focus areas of an agreement in agreed order, with lead party name."""
    return [dict(r) for r in store.query(
        """SELECT f.*, p.name AS lead_party_name
           FROM cooperation_form f LEFT JOIN party p ON p.uuid = f.lead_party_uuid
           WHERE f.agreement_uuid = ? AND f.deleted = 0
           ORDER BY f.position, f.name COLLATE sv""", (agreement_uuid,))]


def list_parties(store: Store) -> list[dict]:
    """Every live party of the register, in Swedish order of name."""
    return [dict(r) for r in store.query(
        "SELECT * FROM party WHERE deleted = 0 ORDER BY name COLLATE sv, kind")]


def list_agreements_overview(store: Store) -> list[dict]:
    """:func:`list_agreements` with the parties' short names joined in agreed order (the list view)."""
    rows = list_agreements(store)
    for row in rows:
        row["party_names"] = ", ".join(p.short_name or p.name for p in agreement_parties(store, row["uuid"]))
    return rows


def form_party_uuids(store: Store, form_uuid: str) -> list[str]:
    """The parties that take part in a form."""
    return [r[0] for r in store.query(
        "SELECT party_uuid FROM cooperation_form_party WHERE form_uuid = ? AND deleted = 0", (form_uuid,))]


def form_party_names(store: Store, form_uuid: str) -> list[str]:
    """Names of the parties of a form, in the agreement's party order."""
    return [r[0] for r in store.query(
        """SELECT p.name FROM cooperation_form_party fp
           JOIN cooperation_form f ON f.uuid = fp.form_uuid
           JOIN party p ON p.uuid = fp.party_uuid
           LEFT JOIN agreement_party ap ON ap.agreement_uuid = f.agreement_uuid
                AND ap.party_uuid = fp.party_uuid AND ap.deleted = 0
           WHERE fp.form_uuid = ? AND fp.deleted = 0
           ORDER BY coalesce(ap.position, 999), p.name COLLATE sv""", (form_uuid,))]


def agreement_problems(store: Store, agreement_uuid: str) -> dict[str, str]:
    """What is not yet right with a saved agreement, by field: {"parties": "…", "follow_up": "…"}.

    Things the editor cannot refuse while the user types (too few parties, a follow-up date
    outside the period) are reported here and shown next to the field.
    """
    from .ops import FOLLOW_UP_GRACE_MONTHS

    row = store.get("agreement", agreement_uuid)
    problems: dict[str, str] = {}
    if row is None or row["deleted"]:
        return problems
    if not row["title"].strip():
        problems["title"] = _("Överenskommelsen måste ha en titel.")
    if row["period_to"] <= row["period_from"]:
        problems["period_to"] = _("Perioden måste sluta efter att den börjar.")
    n = len(agreement_parties(store, agreement_uuid))
    if n < 2:
        problems["parties"] = _("En överenskommelse behöver minst två parter (nu {n}).").format(n=n)
    latest = _add_months(row["period_to"], FOLLOW_UP_GRACE_MONTHS)
    outside = [r["due_date"] for r in store.query(
        "SELECT due_date FROM follow_up WHERE agreement_uuid = ? AND deleted = 0 ORDER BY due_date",
        (agreement_uuid,)) if not row["period_from"] <= r["due_date"] <= latest]
    if outside:
        problems["follow_up"] = (_("Uppföljning {names} ligger utanför perioden {period_from} – {period_to} (högst sex månader efter).").format(names=', '.join(outside), period_from=row['period_from'], period_to=row['period_to']))
    return problems


def _add_months(iso: str, months: int) -> str:
    import datetime as dt

    day = dt.date.fromisoformat(iso)
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for d in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month, d).isoformat()
        except ValueError:
            continue
    return iso
