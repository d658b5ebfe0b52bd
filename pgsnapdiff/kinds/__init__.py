"""One module per object kind beyond the engine's core (tables, columns, constraints, indexes,
sequences, enums): each holds the kind's model objects, how statements build them, and how a
missing (or, under the opt-in, differing) one is planned. This package only gathers their
dispatch tables, which build.py and plan.py consult by statement type and by object class.
"""

from __future__ import annotations

from collections.abc import Callable

from . import (
    catalog,
    partitions,
    privileges,
    publications,
    reported,
    routines,
    security,
    triggers,
    types,
    views,
)

_MODULES = (views, routines, triggers, types, security, partitions, catalog, publications, privileges,
            reported)


def _merged(name: str) -> dict:
    out: dict = {}
    for module in _MODULES:
        out.update(getattr(module, name, {}))
    return out


BUILDERS: dict[type, Callable] = _merged("BUILDERS")  # statement type → fn(builder, stmt, node)
DEFINE_BUILDERS: dict[object, Callable] = _merged("DEFINE_BUILDERS")  # DefineStmt kind → fn
ALTER_TABLE: dict[object, Callable] = _merged("ALTER_TABLE")  # ALTER TABLE subtype → fn(...) -> bool
PLANNERS: dict[type, Callable] = _merged("PLANNERS")  # object class → fn(planner, obj)
REPAIRS: dict[tuple[type, str], Callable] = _merged("REPAIRS")  # (class, repair) → fn(planner, obj)
