"""Words for the user: the Swedish name of each kind of record and a short label for one record."""

from __future__ import annotations

import re

from ..agreement import resource_fields  # noqa: F401 - declares RESOURCE in ENTITIES
from ..store.declare import ENTITIES

# C0 and C1 control characters (escape sequences start with one), and the bidi overrides.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_SURROGATE = re.compile("[\ud800-\udfff]")

TABLE_TITLES = {
    "party": "Parter",
    "agreement": "Överenskommelser",
    "agreement_purpose": "Syften",
    "agreement_party": "Avtalsparter",
    "cooperation_form": "Samverkansformer",
    "cooperation_form_party": "Deltagare i samverkansformer",
    "contact_person": "Kontaktpersoner",
    "guaranteed_resource": "Resurser",
    "resource_form": "Resursernas samverkansformer",
    "area": "Områden",
    "code_item": "Kodlistor",
    "est_week": "EST-veckor",
    "est_area_status": "Lägesbild per område",
    "incident": "Händelser",
    "problem": "Prioriterade problem",
    "action": "Åtgärder",
    "analysis": "Analyser",
    "follow_up": "Uppföljningar",
    "assessment": "Bedömningar",
    "indicator": "Indikatorer",
    "indicator_value": "Indikatorvärden",
    "action_plan_item": "Åtgärdsplanens rader",
    "action_plan": "Åtgärdsplaner",
    "actor": "Aktörer",
    "actor_contact": "Aktörernas kontaktpersoner",
    "lagesbild": "Lägesbilder",
    "lagesbild_problem": "Lägesbildernas prioriterade problem",
    "meeting": "Sammanträden",
    "paragraph": "Paragrafer",
    "committee_duty": "Uppdrag från utskottet",
    "communication_plan": "Kommunikationsplaner",
    "communication_activity": "Kommunikationsaktiviteter",
    "frozen_report": "Fastställda rapporter",
}

# Columns of tables without a declaration (core/store/declare.py) yet.
FIELD_TITLES = {
    "name": "Namn", "title": "Titel", "text": "Text", "description": "Beskrivning", "status": "Status",
    "deleted": "Borttagen", "case_number": "Diarienummer", "signatory_name": "Undertecknare",
    "signatory_title": "Undertecknarens titel", "short_name": "Kortnamn", "kind": "Sort",
    "position": "Ordning", "period_from": "Från", "period_to": "Till", "vision": "Vision",
    "email": "E-post", "phone": "Telefon", "label": "Benämning", "priority": "Prioritet",
    "due_date": "Klart senast", "feedback": "Återkoppling", "summary": "Sammanfattning",
    "comment": "Kommentar", "situation_report": "Lägesbild", "participants": "Deltagare",
    "motivation": "Motivering", "count": "Antal", "occurred_on": "Datum", "conclusions": "Slutsatser",
    "measure": "Åtgärd", "cause": "Orsak", "outcome": "Utfall", "message": "Budskap", "value": "Värde",
    "note": "Anteckning", "signed_text": "Undertecknad text", "responsible": "Ansvarig", "done_date": "Klart",
    "decision": "Beslut", "what": "Uppdrag", "who": "Vem", "cause_analysis": "Orsaksanalys", "effect_kind": "Effektmått",
    "effect_indicator_uuid": "Effektindikator", "effect_baseline": "Utgångsvärde", "effect_target": "Mål",
    "officer": "Handläggare", "proposal": "Förslag till beslut", "adjusted_on": "Justerat",
    "adjusted_digitally": "Justerat digitalt", "problem_uuid": "Problem",
}
# Declared fields (core/store/declare.py) add their titles, for callers that know only the column.
for _entity in ENTITIES.values():
    for _name, _title in _entity.titles().items():
        FIELD_TITLES.setdefault(_name, _title)

_LABEL_COLUMNS = ("title", "name", "label", "text", "description", "measure", "body", "period",
                  "signatory_name", "case_number", "situation_report")


def table_title(table: str) -> str:
    """"Resurser" for guaranteed_resource."""
    return TABLE_TITLES.get(table, table)


def field_title(name: str, table: str | None = None) -> str:
    """The Swedish word for a column of ``table`` (its declaration's, if declared), or the column name."""
    entity = ENTITIES.get(table) if table else None
    if entity is not None and name in entity.names:
        return entity[name].title
    return FIELD_TITLES.get(name, name)


def record_label(table: str, row: dict) -> str:
    """A short human label for a row ("Vecka 2026-14", the title, the name …)."""
    if table == "est_week":
        return printable(f"Vecka {row.get('iso_year')}-{int(row.get('iso_week') or 0):02d}")
    for column in _LABEL_COLUMNS:
        value = row.get(column)
        if isinstance(value, str) and value.strip():
            text = " ".join(printable(value).split())
            return text if len(text) <= 60 else text[:57] + "…"
    return printable(f"{table_title(table)} {str(row.get('uuid', ''))[:8]}")


def printable(text, *, keep_newlines: bool = False) -> str:
    """``text`` from a received file as it may reach a terminal or a label: control characters
    (terminal escape codes among them) and bidi overrides removed; tabs and, unless
    ``keep_newlines``, line breaks become spaces."""
    text = "" if text is None else str(text)
    text = text.replace("\t", " ")
    if not keep_newlines:
        text = text.replace("\r\n", " ").replace("\n", " ").replace("\r", " ")
    text = _CONTROL.sub("", text)
    return text if text.isascii() else _SURROGATE.sub("", text)  # lone surrogates (category Cs)
