"""Committee meetings (sammanträden) and their paragraphs (§), as the minutes have them.

A paragraph's number runs within the year of the body's meetings (Kommunstyrelsens
trygghetsutskott 2023: §§ 1 …, the 11 October meeting held §§ 22–26). A paragraph may point at
the follow-up occasion or the analysis it reported.
"""

from __future__ import annotations

from ..errors import NotFound, ValidationError
from ..i18n import N_, _
from ..periods import parse_date
from ..store import crud
from ..store.database import Store
from ..store.operation import operation
from ..store.pick import pick_one
from ..store.records import OpChanges

MEETING_FIELDS = ("body", "date", "time", "place", "members_present", "others_present", "chair",
                  "secretary", "adjuster", "party_uuid", "adjusted_on", "adjusted_digitally")
PARAGRAPH_FIELDS = ("number", "title", "case_number", "officer", "description", "basis", "proposal",
                    "decision", "follow_up_uuid", "analysis_uuid", "agreement_uuid")
_MEETING_TEXTS = ("body", "date", "time", "place", "members_present", "others_present", "chair", "secretary",
                  "adjuster")


def list_meetings(store: Store) -> list[dict]:
    """Every meeting, newest first, with its paragraph range."""
    return [dict(r) for r in store.query(
        """SELECT m.*, (SELECT min(number) FROM paragraph p WHERE p.meeting_uuid = m.uuid AND p.deleted = 0)
                      AS first_number,
                  (SELECT max(number) FROM paragraph p WHERE p.meeting_uuid = m.uuid AND p.deleted = 0)
                      AS last_number,
                  (SELECT count(*) FROM paragraph p WHERE p.meeting_uuid = m.uuid AND p.deleted = 0)
                      AS paragraph_count
           FROM meeting m WHERE m.deleted = 0 ORDER BY m.date DESC, m.body COLLATE sv""")]


MEETING_GONE = N_("Sammanträdet finns inte längre.")


def get_meeting(store: Store, uuid: str) -> dict:
    """One live meeting. :raises NotFound:"""
    return store.live("meeting", uuid, MEETING_GONE)


def resolve_meeting(store: Store, term: str) -> dict:
    """The meeting whose uuid is ``term`` or which was held on the date ``term`` (ÅÅÅÅ-MM-DD).

    :raises NotFound: nothing matches
    :raises Ambiguous: several bodies met that day
    """
    term = (term or "").strip()
    rows = [dict(r) for r in store.query(
        "SELECT * FROM meeting WHERE deleted = 0 AND (uuid = ? OR date = ?)", (term, term))]
    return pick_one(rows, term, missing=_("Inget sammanträde har uuid eller datum {term!r}.").format(term=term),
                    several=lambda rows: _("{n} sammanträden hölls {term} ({names}); ange uuid.").format(n=len(rows), term=term, names='; '.join(r['body'] for r in rows)))


def _live_link(store: Store, table: str, uuid: str | None, what: str) -> str | None:
    return store.live(table, uuid, _("{what} finns inte längre.").format(what=_(what)))["uuid"] if uuid else None


def _clean_meeting(store: Store, values: dict) -> dict:
    """Checked meeting fields; the justering: ``adjusted_on`` (date or empty) and
    ``adjusted_digitally`` ("Justerat digitalt", as the minutes of seed 004)."""
    out = {k: v for k, v in values.items() if k in MEETING_FIELDS}
    for k in _MEETING_TEXTS:
        if k in out:
            out[k] = (out[k] or "").strip()
    if "body" in out and not out["body"]:
        raise ValidationError(_("Ange vilket organ som sammanträder."), field="body")
    if "date" in out:
        out["date"] = parse_date(out["date"]).isoformat()
    if "adjusted_on" in out:
        text = (out["adjusted_on"] or "").strip()
        out["adjusted_on"] = parse_date(text).isoformat() if text else None
    if "adjusted_digitally" in out:
        out["adjusted_digitally"] = 1 if out["adjusted_digitally"] else 0
    if "party_uuid" in out:
        out["party_uuid"] = _live_link(store, "party", out["party_uuid"], N_("Kommunen"))
    return out


def justering_text(meeting: dict) -> str:
    """How the minutes were justerade: "Justerat digitalt 2023-10-18", "Justerat 2023-10-18 av …",
    or that they are not yet."""
    day = meeting.get("adjusted_on") or ""
    if meeting.get("adjusted_digitally"):
        return f"Justerat digitalt {day}".rstrip() if day else "Digitalt justerat protokoll."
    if day:
        return f"Justerat {day}" + (f" av {meeting['adjuster']}" if meeting.get("adjuster") else "") + "."
    return "Protokollet är inte justerat."


@operation
def add_meeting(store: Store, *, body: str, date: str, **values) -> OpChanges:
    """Register a meeting."""
    clean = _clean_meeting(store, {"body": body, "date": date, **values})
    return crud.insert(store, "meeting", clean, _("Nytt sammanträde"))


@operation
def update_meeting(store: Store, uuid: str, **values) -> OpChanges:
    """Change fields of a meeting."""
    return crud.update(store, "meeting", uuid, _clean_meeting(store, values), _("Ändra sammanträde"),
                       missing=MEETING_GONE)


@operation
def delete_meeting(store: Store, uuid: str) -> OpChanges:
    """Tombstone a meeting and its paragraphs."""
    return crud.delete(store, "meeting", uuid, _("Ta bort sammanträde"), dependants=(("paragraph", "meeting_uuid"),),
                       missing=MEETING_GONE)


def list_paragraphs(store: Store, meeting_uuid: str) -> list[dict]:
    """A meeting's paragraphs by number, with the title of the linked occasion / period of the analysis."""
    return [dict(r) for r in store.query(
        """SELECT p.*, f.title AS follow_up_title, f.due_date AS follow_up_due, a.period AS analysis_period
           FROM paragraph p LEFT JOIN follow_up f ON f.uuid = p.follow_up_uuid
           LEFT JOIN analysis a ON a.uuid = p.analysis_uuid
           WHERE p.meeting_uuid = ? AND p.deleted = 0 ORDER BY p.number""", (meeting_uuid,))]


def find_paragraph(store: Store, meeting_uuid: str, number: int) -> dict:
    """The paragraph § ``number`` of a meeting. :raises NotFound:"""
    rows = store.query("SELECT * FROM paragraph WHERE meeting_uuid = ? AND number = ? AND deleted = 0",
                       (meeting_uuid, int(number)))
    if not rows:
        raise NotFound(_("Sammanträdet har ingen § {number}.").format(number=number))
    return dict(rows[0])


def next_number(store: Store, meeting_uuid: str) -> int:
    """The § number to suggest: one more than the highest so far this year in the same body."""
    m = get_meeting(store, meeting_uuid)
    highest = store.scalar(
        """SELECT max(p.number) FROM paragraph p JOIN meeting m ON m.uuid = p.meeting_uuid
           WHERE p.deleted = 0 AND m.deleted = 0 AND m.body = ? AND substr(m.date, 1, 4) = ?""",
        (m["body"], m["date"][:4]))
    return int(highest or 0) + 1


def _clean_paragraph(store: Store, meeting_uuid: str, values: dict, own_uuid: str | None = None) -> dict:
    out = {k: v for k, v in values.items() if k in PARAGRAPH_FIELDS}
    for k in ("title", "case_number", "officer", "description", "basis", "proposal", "decision"):
        if k in out:
            out[k] = (out[k] or "").strip()
    for k in ("follow_up_uuid", "analysis_uuid"):
        if k in out:
            out[k] = out[k] or None
    if "agreement_uuid" in out:
        out["agreement_uuid"] = _live_link(store, "agreement", out["agreement_uuid"], N_("Överenskommelsen"))
    if "number" in out:
        try:
            out["number"] = int(out["number"])
        except (TypeError, ValueError):
            raise ValidationError(_("Ogiltigt paragrafnummer: {number!r}.").format(number=out['number']), field="number") from None
        if out["number"] < 1:
            raise ValidationError(_("Paragrafnumret måste vara 1 eller högre."), field="number")
        clash = store.scalar("SELECT uuid FROM paragraph WHERE meeting_uuid = ? AND number = ? AND deleted = 0 "
                             "AND uuid IS NOT ?", (meeting_uuid, out["number"], own_uuid))
        if clash:
            raise ValidationError(_("Sammanträdet har redan en § {number}.").format(number=out['number']), field="number")
    return out


@operation
def add_paragraph(store: Store, meeting_uuid: str, *, number: int | None = None, **values) -> OpChanges:
    """Add a paragraph; without ``number`` the next number of the year is used."""
    get_meeting(store, meeting_uuid)
    if number is None:
        number = next_number(store, meeting_uuid)
    clean = _clean_paragraph(store, meeting_uuid, {"number": number, **values})
    return crud.insert(store, "paragraph", {"meeting_uuid": meeting_uuid, **clean}, _("Ny § {number}").format(number=clean['number']))


@operation
def update_paragraph(store: Store, uuid: str, **values) -> OpChanges:
    """Change fields of a paragraph."""
    row = store.live("paragraph", uuid, _("Paragrafen finns inte längre."))
    clean = _clean_paragraph(store, row["meeting_uuid"], values, own_uuid=uuid)
    return crud.update(store, "paragraph", uuid, clean, _("Ändra § {number}").format(number=row['number']))


@operation
def delete_paragraph(store: Store, uuid: str) -> OpChanges:
    """Tombstone a paragraph; the duties its decision gave stay (their link to it is emptied)."""
    return crud.delete(store, "paragraph", uuid, _("Ta bort paragraf"), unlinks=(("committee_duty", "paragraph_uuid"),))


def paragraph_range(paragraphs: list[dict]) -> str:
    """"Paragraf 22–26" style text for a list of paragraphs ("" when none)."""
    numbers = sorted(p["number"] for p in paragraphs)
    if not numbers:
        return ""
    return f"Paragraf {numbers[0]}" if len(numbers) == 1 else f"Paragraf {numbers[0]}–{numbers[-1]}"


def report_targets(store: Store, agreement_uuid: str) -> list[tuple[str, str, str]]:
    """What a paragraph can say it reported: (label, kind "follow_up"/"analysis", uuid)."""
    out = [(f"Uppföljning: {r['title'] or r['kind']} ({r['due_date']})", "follow_up", r["uuid"])
           for r in store.query("SELECT uuid, title, kind, due_date FROM follow_up WHERE agreement_uuid = ? "
                                "AND deleted = 0 ORDER BY due_date", (agreement_uuid,))]
    out += [(f"Analys {r['period']}", "analysis", r["uuid"])
            for r in store.query("SELECT uuid, period FROM analysis WHERE agreement_uuid = ? AND deleted = 0 "
                                 "ORDER BY period", (agreement_uuid,))]
    return out
