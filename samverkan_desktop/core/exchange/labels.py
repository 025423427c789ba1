"""Words for the user: the name (Swedish, translated when shown) of each kind of record and a short label for one record."""

from __future__ import annotations

import re

from ..agreement import resource_fields  # noqa: F401 - declares RESOURCE in ENTITIES
from ..i18n import N_, _
from ..store.declare import ENTITIES

# C0 and C1 control characters (escape sequences start with one), and the bidi overrides.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_SURROGATE = re.compile("[\ud800-\udfff]")

TABLE_TITLES = {
    "party": N_("Parter"),
    "agreement": N_("Överenskommelser"),
    "agreement_purpose": N_("Syften"),
    "agreement_party": N_("Avtalsparter"),
    "cooperation_form": N_("Samverkansformer"),
    "cooperation_form_party": N_("Deltagare i samverkansformer"),
    "contact_person": N_("Kontaktpersoner"),
    "guaranteed_resource": N_("Resurser"),
    "resource_form": N_("Resursernas samverkansformer"),
    "area": N_("Områden"),
    "code_item": N_("Kodlistor"),
    "est_week": N_("EST-veckor"),
    "est_area_status": N_("Lägesbild per område"),
    "incident": N_("Händelser"),
    "problem": N_("Prioriterade problem"),
    "action": N_("Åtgärder"),
    "analysis": N_("Analyser"),
    "follow_up": N_("Uppföljningar"),
    "assessment": N_("Bedömningar"),
    "indicator": N_("Indikatorer"),
    "indicator_value": N_("Indikatorvärden"),
    "action_plan_item": N_("Åtgärdsplanens rader"),
    "action_plan": N_("Åtgärdsplaner"),
    "actor": N_("Aktörer"),
    "actor_contact": N_("Aktörernas kontaktpersoner"),
    "lagesbild": N_("Lägesbilder"),
    "lagesbild_problem": N_("Lägesbildernas prioriterade problem"),
    "meeting": N_("Sammanträden"),
    "paragraph": N_("Paragrafer"),
    "committee_duty": N_("Uppdrag från utskottet"),
    "communication_plan": N_("Kommunikationsplaner"),
    "communication_activity": N_("Kommunikationsaktiviteter"),
    "frozen_report": N_("Fastställda rapporter"),
}

# Columns of tables without a declaration (core/store/declare.py) yet.
FIELD_TITLES = {
    "name": N_("Namn"), "title": N_("Titel"), "text": N_("Text"), "description": N_("Beskrivning"), "status": N_("Status"),
    "deleted": N_("Borttagen"), "case_number": N_("Diarienummer"), "signatory_name": N_("Undertecknare"),
    "signatory_title": N_("Undertecknarens titel"), "short_name": N_("Kortnamn"), "kind": N_("Sort"),
    "position": N_("Ordning"), "period_from": N_("Från"), "period_to": N_("Till"), "vision": N_("Vision"),
    "email": N_("E-post"), "phone": N_("Telefon"), "label": N_("Benämning"), "priority": N_("Prioritet"),
    "due_date": N_("Klart senast"), "feedback": N_("Återkoppling"), "summary": N_("Sammanfattning"),
    "comment": N_("Kommentar"), "situation_report": N_("Lägesbild"), "participants": N_("Deltagare"),
    "motivation": N_("Motivering"), "count": N_("Antal"), "occurred_on": N_("Datum"), "conclusions": N_("Slutsatser"),
    "measure": N_("Åtgärd"), "cause": N_("Orsak"), "outcome": N_("Utfall"), "message": N_("Budskap"), "value": N_("Värde"),
    "note": N_("Anteckning"), "signed_text": N_("Undertecknad text"), "responsible": N_("Ansvarig"), "done_date": N_("Klart"),
    "decision": N_("Beslut"), "what": N_("Uppdrag"), "who": N_("Vem"), "cause_analysis": N_("Orsaksanalys"), "effect_kind": N_("Effektmått"),
    "effect_indicator_uuid": N_("Effektindikator"), "effect_baseline": N_("Utgångsvärde"), "effect_target": N_("Mål"),
    "officer": N_("Handläggare"), "proposal": N_("Förslag till beslut"), "adjusted_on": N_("Justerat"),
    "adjusted_digitally": N_("Justerat digitalt"), "problem_uuid": N_("Problem"),
}
# Declared fields (core/store/declare.py) give their titles, for callers that know only the column.
_DECLARED = {}
for _entity in ENTITIES.values():
    for _field in _entity.fields:
        _DECLARED.setdefault(_field.name, _field)

_LABEL_COLUMNS = ("title", "name", "label", "text", "description", "measure", "body", "period",
                  "signatory_name", "case_number", "situation_report")


def table_title(table: str) -> str:
    """"Resurser" for guaranteed_resource (in the current language)."""
    return _(TABLE_TITLES[table]) if table in TABLE_TITLES else table


def field_title(name: str, table: str | None = None) -> str:
    """The word for a column of ``table`` (its declaration's, if declared) in the current language, or
    the column name."""
    entity = ENTITIES.get(table) if table else None
    if entity is not None and name in entity.names:
        return entity[name].title
    if name in FIELD_TITLES:
        return _(FIELD_TITLES[name])
    return _DECLARED[name].title if name in _DECLARED else name


def record_label(table: str, row: dict) -> str:
    """A short human label for a row ("Vecka 2026-14", the title, the name …)."""
    if table == "est_week":
        return printable(_("Vecka {year}-{week:02d}").format(year=row.get("iso_year"), week=int(row.get("iso_week") or 0)))
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
