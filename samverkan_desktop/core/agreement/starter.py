"""A new workspace with its first agreement: the end of the first-start flow.

The templates are those of "Ny överenskommelse" (``copying.TEMPLATES``); the parties they start
with come from the two seed agreements and can be renamed before the file is made.
"""

from __future__ import annotations

from pathlib import Path

from ..demo import hallsberg, orebro
from ..errors import ValidationError
from ..i18n import _
from ..store.database import Store
from .copying import TEMPLATES, create_from_template
from .ops import PARTY_KINDS, check_agreement_values

# The parties each template starts with: (name, kind).
TEMPLATE_PARTIES: dict[str, tuple[tuple[str, str], ...]] = {
    "orebro": ((orebro.POLIS, "polis"), (orebro.KOMMUN, "kommun")),
    "hallsberg": tuple((name, kind) for name, kind, *_rest in hallsberg.PARTIES),
    "blank": (),
}

# Suggestions for "Organisation" on the first page: every party the seed documents name.
SEED_ORGANISATIONS: tuple[str, ...] = tuple(dict.fromkeys(
    [name for parties in TEMPLATE_PARTIES.values() for name, _kind in parties] + [hallsberg.LEKEBERG]))


def create_workspace(path: Path | str, *, template: str, title: str, period_from: str, period_to: str,
                     parties: list[tuple[str, str]], user: str, origin: str) -> Store:
    """Create the workspace file at ``path`` with one agreement shaped like ``template``.

    ``parties`` are (name, kind) in signing order; empty names are skipped. The file is only
    created when every value is valid, so a refused start leaves nothing behind.
    """
    if template not in TEMPLATES:
        raise ValidationError(_("Okänd mall: {template}.").format(template=template))
    check_agreement_values({}, {"title": title, "period_from": period_from, "period_to": period_to})
    chosen = [(name.strip(), kind) for name, kind in parties if name.strip()]
    for _name, kind in chosen:
        if kind not in PARTY_KINDS:
            raise ValidationError(_("Okänd typ av part: {kind}.").format(kind=kind))
    if len({name.casefold() for name, _kind in chosen}) != len(chosen):
        raise ValidationError(_("Samma part står två gånger."))
    store = Store.create(path, user=user, origin=origin)
    try:
        with store.write("Parter") as tx:
            uuids = [tx.insert("party", {"name": name, "kind": kind, "short_name": ""}) for name, kind in chosen]
        create_from_template(store, template, title, period_from, period_to, uuids)
    except BaseException:
        store.close()
        Path(path).unlink(missing_ok=True)
        for side in ("-wal", "-shm"):
            Path(f"{path}{side}").unlink(missing_ok=True)
        raise
    return store
