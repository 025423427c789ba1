"""Words for the user: the Swedish name of each kind of record and a short label for one record."""

from __future__ import annotations

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
    "communication_plan": "Kommunikationsplaner",
    "communication_activity": "Kommunikationsaktiviteter",
}

FIELD_TITLES = {
    "name": "Namn", "title": "Titel", "text": "Text", "description": "Beskrivning", "status": "Status",
    "deleted": "Borttagen", "case_number": "Diarienummer", "signatory_name": "Undertecknare",
    "signatory_title": "Undertecknarens titel", "short_name": "Kortnamn", "kind": "Sort",
    "position": "Ordning", "period_from": "Från", "period_to": "Till", "vision": "Vision",
    "holder": "Innehavare", "function_role": "Funktion", "extent_fte": "Omfattning (åa)",
    "email": "E-post", "phone": "Telefon", "label": "Benämning", "priority": "Prioritet",
    "due_date": "Klart senast", "feedback": "Återkoppling", "summary": "Sammanfattning",
    "comment": "Kommentar", "situation_report": "Lägesbild", "participants": "Deltagare",
    "motivation": "Motivering", "count": "Antal", "occurred_on": "Datum", "conclusions": "Slutsatser",
    "measure": "Åtgärd", "cause": "Orsak", "outcome": "Utfall", "message": "Budskap", "value": "Värde",
    "note": "Anteckning", "responsible": "Ansvarig", "done_date": "Klart", "decision": "Beslut",
}

_LABEL_COLUMNS = ("title", "name", "label", "text", "description", "measure", "body", "period",
                  "signatory_name", "case_number", "situation_report")


def table_title(table: str) -> str:
    """"Resurser" for guaranteed_resource."""
    return TABLE_TITLES.get(table, table)


def field_title(name: str) -> str:
    """The Swedish word for a column, or the column name."""
    return FIELD_TITLES.get(name, name)


def record_label(table: str, row: dict) -> str:
    """A short human label for a row ("Vecka 2026-14", the title, the name …)."""
    if table == "est_week":
        return f"Vecka {row.get('iso_year')}-{int(row.get('iso_week') or 0):02d}"
    for column in _LABEL_COLUMNS:
        value = row.get(column)
        if isinstance(value, str) and value.strip():
            text = " ".join(value.split())
            return text if len(text) <= 60 else text[:57] + "…"
    return f"{table_title(table)} {str(row.get('uuid', ''))[:8]}"
