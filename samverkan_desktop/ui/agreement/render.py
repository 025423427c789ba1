"""Read-only HTML views of records, for the detail panes (all user text escaped)."""

from __future__ import annotations

from html import escape

from ...core.agreement import queries as agreements
from ...core.store.database import Store
from ..i18n import _, core_text


def _p(text: str | None) -> str:
    return escape(text or "").replace("\n", "<br>")


def agreement_html(store: Store, row: dict) -> str:
    """The agreement as a readable page: period, parties, purposes, forms, clauses."""
    parts = [f"<h2 style='color:#1f4e79'>{_p(row['title'])}</h2>",
             "<p><b>" + _("Period:") + f"</b> {row['period_from']} – {row['period_to']} &nbsp; "
             "<b>" + _("Status:") + f"</b> {_p(core_text(row['status']))}"
             + (" &nbsp; <b>" + _("Undertecknad:") + f"</b> {row['signed_date']} {_p(row['signed_place'])}"
                if row.get("signed_date") else "") + "</p>"]
    parties = agreements.agreement_parties(store, row["uuid"])
    parts.append("<h3>" + _("Parter") + "</h3><table cellpadding=3>")
    for p in parties:
        parts.append(f"<tr><td><b>{_p(p.name)}</b></td><td>{_p(p.case_number)}</td>"
                     f"<td>{_p(p.signatory_name)}</td><td><i>{_p(p.signatory_title)}</i></td></tr>")
    parts.append("</table>")
    if row.get("vision"):
        parts.append(f"<p>{_p(row['vision'])}</p>")
    purposes = agreements.list_purposes(store, row["uuid"])
    if purposes:
        parts.append("<h3>" + _("Syfte") + "</h3><ul>" + "".join(f"<li>{_p(p['text'])}</li>" for p in purposes) + "</ul>")
    forms = agreements.list_forms(store, row["uuid"])
    if forms:
        parts.append("<h3>" + _("Samverkansformer och fokusområden") + f" ({len(forms)})</h3><ol>")
        for f in forms:
            abbr = f" ({_p(f['abbreviation'])})" if f["abbreviation"] else ""
            lead = (" — " + _("ansvarig part:") + f" {_p(f['lead_party_name'])}") if f.get("lead_party_name") else ""
            parts.append(f"<li><b>{_p(f['name'])}</b>{abbr}<i>{lead}</i></li>")
        parts.append("</ol>")
    for label, key in ((_("Kommunikation"), "communication_clause"), (_("Ekonomi"), "economy_clause"),
                       (_("Ansvariga"), "responsibility_clause"), (_("Uppföljning"), "follow_up_clause"),
                       (_("Giltighetstid"), "validity_clause")):
        if row.get(key):
            parts.append(f"<h3>{label}</h3><p>{_p(row[key])}</p>")
    return "\n".join(parts)
