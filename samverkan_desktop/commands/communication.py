"""``ics FILE --agreement A --year 2026 -o plan.ics``: the communication plan as a calendar file."""

from __future__ import annotations

from ..core.communication import ics
from ..core.i18n import _
from . import open_store, workspace_command
from .privacy import add_override, guard


def register(sub) -> None:
    p = workspace_command(sub, "ics", _("kommunikationsplanens aktiviteter som kalenderfil (iCalendar)"), cmd_ics)
    p.add_argument("--agreement", required=True, metavar=_("ÖVERENSKOMMELSE"),
                   help=_("överenskommelse (uuid eller del av titeln)"))
    p.add_argument("--year", required=True, type=int, metavar=_("ÅR"), help=_("planens år, t.ex. 2026"))
    p.add_argument("-o", "--output", required=True, metavar=_("UT.ics"), help=_("ICS-filen som skrivs"))
    add_override(p)


def cmd_ics(args) -> int:
    with open_store(args, args.file, read_only=True) as store:
        guard(args, store, _("Kalenderfilen"), args.agreement)
        out, events = ics.write_plan_ics(store, args.agreement, args.year, args.output)
    print(_("Skrev {file} ({n} händelser)").format(file=out, n=events))
    return 0
