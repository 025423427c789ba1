"""Demo: the Örebro agreement "Samverkansöverenskommelse 2024-2026" as structured data.

Facts from the public agreement (seed 001), the press release (seed 000) and the web page on the
five partnerskapsområden (seed 002). Parties get natural uuids so the Hallsberg agreement, the EST
demo and a merge with another coordinator's file all find the same party rows.
"""

from __future__ import annotations

from ..store.stamps import natural_uuid
from . import orebro_text as T
from . import signed_text

KOMMUN = "Örebro kommun"
POLIS = "Lokalpolisområde Örebro"
PARTNERSHIP_AREAS = ["Vivalla", "Baronbackarna", "Varberga", "Oxhagen", "Brickebacken"]
CENTRUM = "Centrum"
# Places (level plats) used in EST, under their område.
PLACES = {
    "Vivalla": ["Vivalla centrum"],
    "Baronbackarna": ["Baronbackarna torg"],
    "Varberga": ["Varberga centrum"],
    "Brickebacken": ["Brickebackens centrum"],
    CENTRUM: ["Järntorget", "Resecentrum", "Stortorget"],
}


def party_uuid(name: str) -> str:
    """The natural uuid of a party: every agreement and every coordinator reuses the row."""
    return natural_uuid("party", name)


def ensure_party(tx, name: str, kind: str, short_name: str = "") -> str:
    """Insert the party if it is not there yet; returns its uuid."""
    uuid = party_uuid(name)
    if tx.store.get("party", uuid) is None:
        tx.insert("party", {"name": name, "kind": kind, "short_name": short_name}, uuid=uuid)
    return uuid


def find_agreement(store) -> str:
    """The uuid of the Örebro demo agreement (for the EST demo and the tests)."""
    return store.scalar(
        "SELECT a.uuid FROM agreement a JOIN agreement_party ap ON ap.agreement_uuid = a.uuid "
        "WHERE a.deleted = 0 AND a.title = ? AND ap.party_uuid = ?", (T.TITLE, party_uuid(KOMMUN)))


def find_areas(store) -> dict[str, str]:
    """{name: uuid} of the Örebro demo areas (the kommun, its områden and platser)."""
    root = store.scalar("SELECT uuid FROM area WHERE party_uuid = ? AND level = 'kommun' AND deleted = 0",
                        (party_uuid(KOMMUN),))
    rows = store.query(
        "WITH RECURSIVE t(uuid, name) AS (SELECT uuid, name FROM area WHERE uuid = ? "
        "UNION ALL SELECT a.uuid, a.name FROM area a JOIN t ON a.parent_uuid = t.uuid "
        "WHERE a.deleted = 0) SELECT uuid, name FROM t", (root,))
    return {r["name"]: r["uuid"] for r in rows}


def build(tx) -> None:
    """Add the Örebro agreement, its parties, forms, resources, areas and follow-ups."""
    kommun = ensure_party(tx, KOMMUN, "kommun", "Örebro")
    polis = ensure_party(tx, POLIS, "polis", "LPO Örebro")
    ag = tx.insert("agreement", {
        "title": T.TITLE, "period_from": "2024-01-01", "period_to": "2026-12-31",
        "vision": T.VISION, "preamble": T.PREAMBLE, "legal_basis": T.LEGAL_BASIS,
        "signed_date": "2023-12-11", "signed_place": "Örebro",
        "communication_clause": T.COMMUNICATION, "economy_clause": T.ECONOMY,
        "responsibility_clause": T.RESPONSIBILITY, "follow_up_clause": T.FOLLOW_UP,
        "validity_clause": T.VALIDITY, "status": "gällande", "signed_text": signed_text.OREBRO,
    })
    for pos, text in enumerate(T.PURPOSES):
        tx.insert("agreement_purpose", {"agreement_uuid": ag, "position": pos, "text": text})
    tx.insert("agreement_party", {
        "agreement_uuid": ag, "party_uuid": kommun, "position": 0, "case_number": "KS 1382/2023",
        "signatory_name": "Anders Åhrlin", "signatory_title": "Ordförande Trygghetsutskottet Örebro kommun"})
    tx.insert("agreement_party", {
        "agreement_uuid": ag, "party_uuid": polis, "position": 1, "case_number": "A713.561/2023",
        "signatory_name": "Roberto Eid Forrest", "signatory_title": "LPO chef"})

    forms = _forms(tx, ag, kommun, polis)
    contacts = _contacts(tx, kommun, polis)
    _resources(tx, ag, kommun, T.MUNICIPALITY_RESOURCES, forms, contacts)
    _resources(tx, ag, polis, T.POLICE_RESOURCES, forms, contacts)
    _areas(tx, kommun)
    for kind, due, title in (("deluppföljning", "2024-11-30", "Deluppföljning november 2024"),
                             ("slutuppföljning", "2025-12-31", "Slutlig uppföljning december 2025")):
        tx.insert("follow_up", {"agreement_uuid": ag, "kind": kind, "due_date": due, "title": title,
                                "responsible": "Kommunpolis och brottsförebyggare"})


def _forms(tx, ag: str, kommun: str, polis: str) -> dict[str, str]:
    """The 15 decided forms in the agreement's order; returns {abbreviation or name: uuid}."""
    lead = {"kommun": kommun, "polis": polis, None: None}
    out: dict[str, str] = {}
    for pos, (name, abbr, lead_key, lead_text, follow_up, description) in enumerate(T.FORMS):
        uuid = tx.insert("cooperation_form", {
            "agreement_uuid": ag, "position": pos, "name": name, "abbreviation": abbr,
            "kind": "samverkansform", "description": description, "lead_party_uuid": lead[lead_key],
            "lead_text": lead_text, "follow_up_text": follow_up})
        # Every form in this agreement is carried by both parties.
        for party in (kommun, polis):
            tx.insert("cooperation_form_party", {"form_uuid": uuid, "party_uuid": party},
                      uuid=natural_uuid("cooperation_form_party", uuid, party))
        out[name] = uuid
        if abbr:
            out[abbr] = uuid
    return out


def _contacts(tx, kommun: str, polis: str) -> dict[str, str]:
    """The two coordinators named in the press release; returns {function_role: contact uuid}."""
    sollerman = tx.insert("contact_person", {
        "party_uuid": kommun, "name": "Johanna Sollerman", "title": "Brottsförebyggande strateg"})
    johansson = tx.insert("contact_person", {
        "party_uuid": polis, "name": "Johanna Johansson", "title": "Kommunpolis"})
    return {"Brottsförebyggande strateg": sollerman, "Kommunpolis": johansson}


def _resources(tx, ag: str, party: str, rows, forms: dict[str, str], contacts: dict[str, str]) -> None:
    for pos, (text, role, status, fte, served) in enumerate(rows):
        contact = contacts.get(role)
        res = tx.insert("guaranteed_resource", {
            "agreement_uuid": ag, "party_uuid": party, "position": pos, "text": text,
            "function_role": role, "contact_uuid": contact, "status": status,
            # The seed guarantees the resources; whether one is vacant is invented for the demo.
            "holder": "" if status == "tillsatt" else f"Status {status}: påhittad demodata",
            "extent_fte": fte})
        for key in dict.fromkeys(served):
            form = forms[key]
            tx.insert("resource_form", {"resource_uuid": res, "form_uuid": form},
                      uuid=natural_uuid("resource_form", res, form))


def _areas(tx, kommun: str) -> None:
    root = tx.insert("area", {"parent_uuid": None, "party_uuid": kommun, "level": "kommun",
                              "area_type": "kommun", "name": KOMMUN, "position": 0})
    for pos, name in enumerate([*PARTNERSHIP_AREAS, CENTRUM]):
        kind = "partnerskapsområde" if name in PARTNERSHIP_AREAS else "stadsdel"
        area = tx.insert("area", {"parent_uuid": root, "level": "område", "area_type": kind,
                                  "name": name, "position": pos})
        for ppos, place in enumerate(PLACES.get(name, [])):
            tx.insert("area", {"parent_uuid": area, "level": "plats", "area_type": "plats",
                               "name": place, "position": ppos})
