"""The received file beside the workspace: attached to its connection, compared in SQL, and what
it claims checked before any backup or write.

Refused: a Lamport time far beyond ours; a received clock that differs from ours and is not in our
shape (receive.check_clock; a clock equal to ours is one we checked or wrote); a vector entry for
*this* site beyond what this site has issued for that row (a forged or replayed file would silently
overwrite or delete my records). The values of the rows that differ are checked in the same pass
(receive.Received.check). A file whose every row is here already, the same, is read no further.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import closing, contextmanager

from ..errors import HostileFile
from ..i18n import _
from ..store.database import Store
from ..store.vclock import load_clock
from .labels import printable, table_title
from .receive import RECEIVED, Received, check_clock

R = RECEIVED  # the schema name the received file is attached under (receive.Received.attach)
# Row metadata: equal clocks and values with other metadata are the same row (nothing new).
UNCOMPARED = ("uuid", "version", "lamport", "updated_at", "updated_by", "origin", "created_at")


@contextmanager
def attached(store: Store, received: Received):
    """The received file readable as ``received.<table>`` from the workspace's connection."""
    with store.lock:
        if any(r[1] == R for r in store.conn.execute("PRAGMA database_list")):
            yield  # already, by the caller
            return
        received.attach(store.conn)
        try:
            yield
        finally:
            received.detach(store.conn)


def columns_of(received: Received, table: str) -> list[str]:
    return received.columns(table)


def tables_of(store: Store, received: Received) -> list[str]:
    """The travelling tables of the file that the workspace has too."""
    return [t for t in received.tables if t in store.merge_tables]


def differing(table: str, columns: list[str], *, every: bool = False) -> str:
    """FROM … WHERE (…): the received rows that are new here, or differ from ours in clock or
    content (``every``: in any column, metadata too) — compared in SQL, byte for byte: rows the
    same on both sides never reach Python."""
    differ = " OR ".join(f"r.{c} IS NOT l.{c} COLLATE BINARY" for c in columns
                         if c != "uuid" and (every or c not in UNCOMPARED))
    return f"FROM {R}.{table} r LEFT JOIN main.{table} l ON l.uuid = r.uuid WHERE (l.uuid IS NULL OR {differ})"


CLAIMS = 4096  # distinct clock texts remembered while the file's clocks are checked
# A received Lamport time may run ahead of ours by the writes made elsewhere, not by this much.
LAMPORT_AHEAD = 10 ** 9


def _max_count(clock: dict, site: str) -> int:
    """The largest counter of ``site`` in any vector of a (validated) clock."""
    vectors = [clock.get("v", {}), clock.get("c", {}), *clock.get("f", {}).values()]
    for mark in clock.get("m", {}).values():
        vectors += [mark.get("f", {}), mark.get("t", {})]
    return max((int(v.get(site, 0)) for v in vectors), default=0)


def _decoded(value):
    """A value as read: text that came as UTF-8 bytes (received_values.check_values) as str."""
    return value.decode("utf-8") if isinstance(value, bytes) else value


def _issued(clock_text: str | None, site: str) -> int:
    """What ``site`` has issued for a row here (0 for a row we do not have)."""
    return int(load_clock(clock_text)["v"].get(site, 0)) if clock_text is not None else 0


def check_against(store: Store, received: Received, *, started: Callable[[], None] | None = None) -> bool:
    """Refuse a file that claims more than it can know (before any backup or write), and tell
    whether it holds anything new at all.

    Refused: a Lamport time far beyond ours; a received clock that differs from ours and is not in
    our shape (receive.check_clock; a clock equal to ours is one we checked or wrote); a vector entry
    for *this* site beyond what this site has issued for that row (a forged or replayed file would
    silently overwrite or delete my records). Returns False when every received row is here already,
    the same (then the merge writes nothing and takes no backup). ``started`` is called once the
    file is known to hold something, before the checks (the merge starts its backup there)."""
    me = store.origin
    local_lamport = int(store.meta("lamport", "0"))
    with attached(store, received):
        tables = tables_of(store, received)
        ahead = {t: store.conn.execute(f"SELECT coalesce(max(lamport), 0) FROM {R}.{t}").fetchone()[0]
                 for t in tables}
        changed = [(t, differing(t, columns_of(received, t), every=True)) for t in tables]
        if max(ahead.values(), default=0) <= local_lamport and not any(
                store.conn.execute(f"SELECT 1 {sql} LIMIT 1").fetchone() for _t, sql in changed):
            return False  # every row is here, the same: nothing of the file needs reading
        if started is not None:
            started()
        claims: dict = {}  # clock as read → what it claims of this site (many rows share a clock)

        def clock_of(table: str, values: list) -> None:
            raw = values[1]
            claimed = claims.get(raw)
            if claimed is None:
                uuid, text = _decoded(values[0]), _decoded(raw)
                mine_too = me in text
                clock = check_clock(received.path, table, uuid, text, parse=mine_too)
                claimed = _max_count(clock, me) if mine_too else 0
                if len(claims) >= CLAIMS:
                    claims.clear()
                claims[raw] = claimed
            if claimed and claimed > _issued(_decoded(values[2]), me):
                uuid = _decoded(values[0])
                raise HostileFile(printable(_(
                    "{file} kan inte läsas in: filen påstår {claimed} ändringar av {table} {uuid} från "
                    "den här arbetsytan, som bara har gjort {issued}. Den är förfalskad eller hör till "
                    "en annan kopia av arbetsytan.").format(
                    file=received.path.name, claimed=claimed,
                    table=table_title(table).lower(), uuid=uuid[:8], issued=_issued(_decoded(values[2]), me))))

        clocks = ("r.uuid", "r.clock", "l.clock")
        if received.checked:  # read eagerly: only the clocks of the rows that differ are left
            for table, sql in changed:
                with closing(store.conn.execute(f"SELECT {', '.join(clocks)} {sql}")) as cursor:
                    for values in cursor:
                        clock_of(table, list(values))
        else:  # every value the workspace does not hold already, and its clock, in one pass
            received.check(within=(store.conn, dict(changed)), extra=clocks, on_row=clock_of)
        for table, n in ahead.items():
            if n > local_lamport + LAMPORT_AHEAD:
                raise HostileFile(printable(_("{file} kan inte läsas in: tidsstämplarna i {table} ligger orimligt "
                                              "långt före arbetsytans ({n}).").format(
                    file=received.path.name, table=table, n=n)))
    return True


