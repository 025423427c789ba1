"""A guaranteed resource's fields, declared once (see core/store/declare.py).

The editor, the resource table, the resource register PDF, the copy to a new period, the undo
labels, the value checks and the field titles in history and conflicts are all derived from
RESOURCE. The status words live here and nowhere else.
"""

from __future__ import annotations

from ..errors import ValidationError
from ..i18n import N_, _
from ..store.declare import CHOICE, CONTACT, LINE, LINKS, NUMBER, PARTY, TEXT, Choice, Entity, Field, declare

VACANT, RECRUITING, STAFFED = "vakant", "under rekrytering", "tillsatt"


def parse_fte(value) -> float | None:
    """Extent in full-time equivalents: "0,5", "1", "" (unknown) → 0.5, 1.0, None."""
    if value is None or isinstance(value, (int, float)):
        number = None if value is None else float(value)
    else:
        text = str(value).strip().replace(",", ".")
        if not text:
            return None
        try:
            number = float(text)
        except ValueError:
            raise ValidationError(_("Omfattning: {value!r} är inget tal (skriv t.ex. 0,5).").format(value=value),
                                  field="extent_fte") from None
    if number is not None and number < 0:
        raise ValidationError(_("Omfattningen kan inte vara negativ."), field="extent_fte")
    return number


STATUS = (
    Choice(STAFFED, N_("Tillsatt")),
    Choice(VACANT, N_("Vakant"), shout=N_("VAKANT"), colour="#f8d0d0"),
    Choice(RECRUITING, N_("Under rekrytering"), colour="#fff1c2"),
)

RESOURCE = declare(Entity("guaranteed_resource", N_("Resurs"), (
    Field("party_uuid", N_("&Part"), PARTY, short=N_("part"), column=N_("Part"),
          required=N_("Välj vilken part som garanterar resursen.")),
    Field("text", N_("&Text"), TEXT, column=N_("Resurs enligt överenskommelsen"), pdf=("resources",),
          required=N_("Skriv resursen som den står i överenskommelsen."), free_text=True,
          placeholder=N_("Resursen som den står i överenskommelsen")),
    Field("forms", N_("Samverkans&former"), LINKS, column=N_("Samverkansformer"), pdf=("resources",),
          stored=False),
    Field("function_role", N_("F&unktion/roll"), LINE, short=N_("funktion"), column=N_("Funktion"),
          pdf=("resources",), free_text=True, placeholder=N_("t.ex. Kommunpolis")),
    Field("holder", N_("&Innehavare"), LINE, column=N_("Innehavare"), pdf=("resources",), free_text=True,
          placeholder=N_("namn på den som har uppdraget (frivilligt)")),
    Field("contact_uuid", N_("&Kontaktperson"), CONTACT, column=N_("Kontaktperson"), pdf=("resources",)),
    Field("deputy_uuid", N_("&Ersättare"), CONTACT, column=N_("Ersättare"), pdf=("resources",)),
    Field("status", N_("&Status"), CHOICE, column=N_("Status"), pdf=("resources",), choices=STATUS),
    Field("extent_fte", N_("&Omfattning (åa)"), NUMBER, short=N_("omfattning"), column=N_("Åa"),
          pdf=("resources",), parse=parse_fte, placeholder=N_("årsarbetskrafter, t.ex. 0,5")),
), leading_columns=("party_uuid", "status", "text")))
