"""New agreements from a template, and "Ny period": an agreement copied into its next period.

Templates give the structure of the two seed agreements (which parties, which forms, which
clauses), not their content: a new agreement from the Örebro template has one kommun and one
lokalpolisområde and the fifteen forms by name; the Hallsberg template has one lokalpolisområde
with several kommuner, three focus areas and four forums.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..demo import hallsberg as _hallsberg
from ..demo import orebro_text as _orebro
from ..errors import NotFound, ValidationError
from ..i18n import N_, _
from ..store.database import Store
from ..store.operation import operation
from ..store.records import OpChanges
from ..store.stamps import natural_uuid
from .ops import check_agreement_values
from .resource_fields import RESOURCE


@dataclass(frozen=True)
class Template:
    """The skeleton of a new agreement."""

    name: str
    title: str  # shown in the picker
    description: str
    purposes: tuple[str, ...] = ()
    # (name, abbreviation, kind, lead party kind or None)
    forms: tuple[tuple[str, str, str, str | None], ...] = ()
    clauses: dict[str, str] = field(default_factory=dict)


_CLAUSES = {
    "communication_clause": "Parterna ska ha en gemensam kommunikationsplan på årsbasis. "
                            "Brottsförebyggande åtgärder ska kommuniceras fortlöpande.",
    "economy_clause": "Om inget annat överenskommits svarar parterna för sina egna kostnader.",
    "legal_basis": "Lag (2023:196) om kommuners ansvar för brottsförebyggande arbete.",
}

TEMPLATES: dict[str, Template] = {t.name: t for t in (
    Template("blank", N_("Tom överenskommelse"), N_("Bara titel, period och de parter du väljer.")),
    Template("orebro", N_("Som Örebro: kommun och lokalpolisområde"),
             N_("Två parter, syften, resurser per part och femton samverkansformer (ÖreBRÅ, EST, SSPF, "
                "SIG, GVI …) med ansvarig part."),
             purposes=tuple(_orebro.PURPOSES),
             forms=tuple((name, abbr, "samverkansform", lead) for name, abbr, lead, *_rest in _orebro.FORMS),
             clauses={**_CLAUSES,
                      "follow_up_clause": "Deluppföljning sker under periodens andra år och slutlig "
                                          "uppföljning inför nästa överenskommelse."}),
    Template("hallsberg", N_("Som Hallsberg: lokalpolisområde och flera kommuner"),
             N_("Ett lokalpolisområde med flera kommuner, tre gemensamma fokusområden och fyra forum; "
                "åtgärdsplan per kommun."),
             purposes=(_hallsberg.PURPOSE,),
             forms=tuple((name, abbr, kind, None) for name, abbr, kind, _d in _hallsberg.FORMS),
             clauses={**_CLAUSES,
                      "follow_up_clause": f"{_hallsberg.ACTION_PLAN}\n\n{_hallsberg.FOLLOW_UP}"}),
)}


@operation
def create_from_template(store: Store, template: str, title: str, period_from: str, period_to: str,
                         party_uuids: list[str] = ()) -> OpChanges:
    """A new agreement (utkast) shaped like ``template``, with the chosen parties in order.

    A form's lead party is the first chosen party of the kind the template names (kommun/polis).
    """
    if template not in TEMPLATES:
        raise ValidationError(_("Okänd mall: {template}.").format(template=template))
    t = TEMPLATES[template]
    values = {"title": title.strip(), "period_from": period_from.strip(), "period_to": period_to.strip()}
    check_agreement_values({}, values)
    parties = list(dict.fromkeys(party_uuids))
    kinds = {}
    for p in parties:
        row = store.get("party", p)
        if row is None:
            raise NotFound(_("Parten finns inte längre."))
        kinds.setdefault(row["kind"], p)
    with store.write(_("Ny överenskommelse ({value})").format(value=_(t.title).split(':')[0].lower())) as tx:
        ag = tx.insert("agreement", {**values, **t.clauses, "status": "utkast",
                                     "validity_clause": f"Överenskommelsen gäller för perioden "
                                                        f"{values['period_from']} – {values['period_to']}."})
        for pos, party in enumerate(parties):
            tx.insert("agreement_party", {"agreement_uuid": ag, "party_uuid": party, "position": pos})
        for pos, text in enumerate(t.purposes):
            tx.insert("agreement_purpose", {"agreement_uuid": ag, "position": pos, "text": text})
        for pos, (name, abbr, kind, lead) in enumerate(t.forms):
            form = tx.insert("cooperation_form", {"agreement_uuid": ag, "position": pos, "name": name,
                                                  "abbreviation": abbr, "kind": kind,
                                                  "lead_party_uuid": kinds.get(lead) if lead else None})
            for party in parties:
                tx.insert("cooperation_form_party", {"form_uuid": form, "party_uuid": party},
                          uuid=natural_uuid("cooperation_form_party", form, party))
    return tx.changes


_COPIED_FIELDS = ("vision", "preamble", "legal_basis", "communication_clause", "economy_clause",
                  "responsibility_clause", "follow_up_clause", "validity_clause")


def next_title(title: str, old_from: str, old_to: str, new_from: str, new_to: str) -> str:
    """The title with the old period's years replaced by the new ones ("2024-2026" → "2027-2029")."""
    years = re.compile(rf"{old_from[:4]}(\s*[-–]\s*){old_to[:4]}")
    if years.search(title):
        return years.sub(lambda m: f"{new_from[:4]}{m.group(1)}{new_to[:4]}", title, count=1)
    return f"{title} {new_from[:4]}–{new_to[:4]}"


@operation
def copy_to_new_period(store: Store, agreement_uuid: str, period_from: str, period_to: str,
                       title: str | None = None) -> OpChanges:
    """"Ny period": a new agreement (utkast) carrying parties, purposes, forms and resources.

    The new agreement points back to the old one (``previous_uuid``). Diarienummer and the
    signing date belong to the old decision and are left empty; signatories are kept as a start.
    Resources keep their links to the (copied) forms.
    """
    old = store.get("agreement", agreement_uuid)
    if old is None or old["deleted"]:
        raise NotFound(_("Överenskommelsen finns inte längre."))
    title = (title or next_title(old["title"], old["period_from"], old["period_to"], period_from, period_to))
    values = {"title": title.strip(), "period_from": period_from.strip(), "period_to": period_to.strip()}
    check_agreement_values({}, values)
    if values["period_from"] <= old["period_from"]:
        raise ValidationError(_("Den nya perioden måste börja efter den gamla."), field="period_from")

    def live(sql: str, *params) -> list[dict]:
        return [dict(r) for r in store.query(sql, params)]

    with store.write(_("Ny period")) as tx:
        new = tx.insert("agreement", {**values, **{k: old[k] for k in _COPIED_FIELDS},
                                      "signed_place": old["signed_place"], "status": "utkast",
                                      "previous_uuid": agreement_uuid,
                                      "revision_notes": f"Bygger på {old['title']} "
                                                        f"({old['period_from']} – {old['period_to']})."})
        for r in live("SELECT * FROM agreement_party WHERE agreement_uuid = ? AND deleted = 0 ORDER BY position",
                      agreement_uuid):
            tx.insert("agreement_party", {"agreement_uuid": new, "party_uuid": r["party_uuid"],
                                          "position": r["position"], "signatory_name": r["signatory_name"],
                                          "signatory_title": r["signatory_title"]})
        for r in live("SELECT * FROM agreement_purpose WHERE agreement_uuid = ? AND deleted = 0 "
                      "ORDER BY position", agreement_uuid):
            tx.insert("agreement_purpose", {"agreement_uuid": new, "position": r["position"], "text": r["text"]})
        form_map: dict[str, str] = {}
        for r in live("SELECT * FROM cooperation_form WHERE agreement_uuid = ? AND deleted = 0 ORDER BY position",
                      agreement_uuid):
            form_map[r["uuid"]] = f = tx.insert("cooperation_form", {
                "agreement_uuid": new, **{k: r[k] for k in ("position", "name", "abbreviation", "kind",
                                                             "description", "lead_party_uuid", "lead_text",
                                                             "follow_up_text")}})
            for (party,) in store.query("SELECT party_uuid FROM cooperation_form_party WHERE form_uuid = ? "
                                        "AND deleted = 0", (r["uuid"],)):
                tx.insert("cooperation_form_party", {"form_uuid": f, "party_uuid": party},
                          uuid=natural_uuid("cooperation_form_party", f, party))
        for r in live("SELECT * FROM guaranteed_resource WHERE agreement_uuid = ? AND deleted = 0 "
                      "ORDER BY party_uuid, position", agreement_uuid):
            res = tx.insert("guaranteed_resource", {
                "agreement_uuid": new, "position": r["position"], **{k: r[k] for k in RESOURCE.copied()}})
            for (form,) in store.query("SELECT form_uuid FROM resource_form WHERE resource_uuid = ? "
                                       "AND deleted = 0", (r["uuid"],)):
                if form in form_map:
                    tx.insert("resource_form", {"resource_uuid": res, "form_uuid": form_map[form]},
                              uuid=natural_uuid("resource_form", res, form_map[form]))
    return tx.changes
