"""Every core operation checks and writes in one transaction (check-then-write is atomic).

The statements the connection runs are traced: an operation's first statement is BEGIN
IMMEDIATE, so the rows it validates against are read under the write lock, where neither the CLI
nor a merge can change them before the write.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import pytest

from samverkan_desktop import core
from samverkan_desktop.core.agreement import ops as agreement_ops
from samverkan_desktop.core.agreement import resource_ops
from samverkan_desktop.core.errors import ValidationError

from .agreement_helpers import small_agreement


def _operations():
    for info in pkgutil.walk_packages(core.__path__, core.__name__ + "."):
        if info.name.startswith(core.__name__ + ".store."):  # the transaction machinery itself
            continue
        module = importlib.import_module(info.name)
        for name, fn in vars(module).items():
            if (inspect.isfunction(fn) and not name.startswith("_") and fn.__module__ == module.__name__
                    and "OpChanges" in str(inspect.signature(fn).return_annotation)
                    and list(inspect.signature(fn).parameters)[:1] == ["store"]):
                yield f"{info.name}.{name}", fn


def test_every_operation_runs_in_one_transaction():
    found = dict(_operations())
    assert len(found) > 60
    missing = sorted(name for name, fn in found.items() if not getattr(fn, "is_operation", False))
    assert not missing, f"not @operation: {missing}"


def _traced(store, fn):
    statements: list[str] = []
    store.conn.set_trace_callback(statements.append)
    try:
        return fn(), statements
    finally:
        store.conn.set_trace_callback(None)


def test_checks_read_inside_the_write_transaction(store):
    ids = small_agreement(store)
    changes, statements = _traced(store, lambda: resource_ops.move_resource(store, ids["resource"], 1))
    assert statements[0] == "BEGIN IMMEDIATE" and changes.label == "Flytta resurs"
    changes, statements = _traced(store, lambda: agreement_ops.update_agreement(
        store, ids["agreement"], {"title": "Ny titel"}))
    assert statements[0] == "BEGIN IMMEDIATE" and "titel" in changes.label
    statements = []
    store.conn.set_trace_callback(statements.append)
    with pytest.raises(ValidationError, match="redan"):
        agreement_ops.add_agreement_party(store, ids["agreement"], ids["kommun"])
    store.conn.set_trace_callback(None)
    assert statements[0] == "BEGIN IMMEDIATE" and statements[-1] == "ROLLBACK"
