"""Finding an agreement by uuid or title."""

from __future__ import annotations

import pytest

from samverkan_desktop.core.agreement.queries import resolve_agreement
from samverkan_desktop.core.errors import Ambiguous, NotFound


def _add(store, title):
    with store.write("Ny") as tx:
        return tx.insert("agreement", {"title": title, "period_from": "2024-01-01", "period_to": "2026-12-31"})


def test_resolve_by_uuid_substring_and_exact_title(store):
    a = _add(store, "Samverkan Kumla")
    b = _add(store, "Samverkan Kumla 2027-2029")
    assert resolve_agreement(store, a)["uuid"] == a
    assert resolve_agreement(store, "2027")["uuid"] == b
    assert resolve_agreement(store, "samverkan kumla")["uuid"] == a, "the exact title wins"
    with pytest.raises(Ambiguous, match="matchar 2"):
        resolve_agreement(store, "Kumla")
    with pytest.raises(NotFound):
        resolve_agreement(store, "Laxå")
