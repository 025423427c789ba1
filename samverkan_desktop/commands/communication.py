"""``ics FILE --agreement A --year 2026 -o plan.ics``: the communication plan as a calendar file."""

from __future__ import annotations

from ..core.communication import ics
from . import open_store, workspace_command
from .privacy import add_override, guard


def register(sub) -> None:
    p = workspace_command(sub, "ics", "kommunikationsplanens aktiviteter som kalenderfil (iCalendar)", cmd_ics)
    p.add_argument("--agreement", required=True, metavar="ÖVERENSKOMMELSE", help="överenskommelse (uuid eller del av titeln)")
    p.add_argument("--year", required=True, type=int, metavar="ÅR", help="planens år, t.ex. 2026")
    p.add_argument("-o", "--output", required=True, metavar="UT.ics", help="ICS-filen som skrivs")
    add_override(p)


def cmd_ics(args) -> int:
    with open_store(args, args.file, read_only=True) as store:
        guard(args, store, "Kalenderfilen", args.agreement)
        out, events = ics.write_plan_ics(store, args.agreement, args.year, args.output)
    print(f"Skrev {out} ({events} händelser)")
    return 0
