"""Dependency order of a plan: each step after the steps that create what it needs.

Steps are first ordered by phase (schemas, extensions, types, functions, tables, columns, ...,
comments, grants) and, within a phase, by the reference dump's order, which pg_dump already makes
dependency-safe. Phases alone go wrong where PostgreSQL's dependencies cross them: a function whose
argument is a table's row type, a domain whose check calls a new function, a SQL-standard function
body that reads a new table, a view on another view. So every step also lists what it *requires*,
found in its object's AST (tables and views named, types, functions called, collations) and in its
``depends_on()``; a view that groups rows also waits for the primary keys of the tables it reads
(``SELECT id, name ... GROUP BY id`` is valid only once ``id`` is a primary key). Every step
*provides* names (a new table provides the relation and its row type, a new column provides "a
column of that table", a primary key "the primary key of that table"). A topological sort (Kahn's
algorithm, always taking the ready step of lowest phase and dump position) then keeps the phase
order wherever it is already right. A dependency cycle, which pg_dump would have broken with an
extra statement, falls back to the phase order for the steps involved.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Sequence

from pglast import ast

from .model import RELATION_KINDS, SchemaObject
from .names import DEFAULT_SCHEMA, names, qualified
from .parse import child_slots

Ref = tuple[str, ...]


def provided(obj: SchemaObject) -> set[Ref]:
    """What a step creating ``obj`` makes available to others."""
    key = obj.key
    refs: set[Ref] = {key}
    kind = key[0]
    if kind in RELATION_KINDS:
        refs |= {("relation", key[1], key[2]), ("type", key[1], key[2])}
    elif kind == "function":
        refs.add(("function", key[1], key[2]))
    elif kind == "column":  # what a view or index on the table may name
        refs.add(("columns", key[1], key[2]))
    elif kind == "attribute":
        refs.add(("type", key[1], key[2]))
    elif getattr(obj, "contype", None) == "primary key":  # what a view that groups rows may need
        refs.add(("primary key", key[1], key[2]))
    return refs


def _dotted(text: str) -> tuple[str, str]:
    parts = text.split(".")
    parts = [part.strip('"') for part in parts]
    return (parts[-2], parts[-1]) if len(parts) > 1 else (DEFAULT_SCHEMA, parts[0])


def _qualified(parts: list[str]) -> tuple[str, str]:
    return (parts[-2], parts[-1]) if len(parts) > 1 else (DEFAULT_SCHEMA, parts[-1])


def required(obj: SchemaObject) -> set[Ref]:
    """What the step creating ``obj`` needs: the objects its AST names, plus its depends_on()."""
    refs: set[Ref] = set(obj.depends_on())
    for node in _nodes(obj):
        _collect_refs(node, refs)
    return completed(obj, refs)


def completed(obj: SchemaObject, refs: set[Ref]) -> set[Ref]:
    """``required``'s answer from the names found in ``obj``'s AST: what naming a relation implies
    (its columns; its primary key, for a view that groups), less what ``obj`` provides itself."""
    refs |= {("columns", *ref[1:]) for ref in refs if ref[0] == "relation"}
    if " GROUP BY " in getattr(obj, "query", ""):  # a view may group by a primary key's columns and
        refs |= {("primary key", *ref[1:]) for ref in refs if ref[0] == "relation"}  # select the rest
    own = provided(obj)  # a table names itself; its own columns come after it, not before
    if obj.key[0] in RELATION_KINDS:
        own.add(("columns", *obj.key[1:3]))
    return refs - own


def _nodes(obj: SchemaObject) -> Iterable[ast.Node]:
    node = getattr(obj, "node", None)
    if isinstance(node, ast.Node):
        yield node
    yield from getattr(obj, "mapping_nodes", ())


# Nodes that never name another object, nor hold one that does: not descended into.
_LEAVES = frozenset({ast.String, ast.Integer, ast.Float, ast.Boolean, ast.BitString, ast.A_Const,
                     ast.ParamRef, ast.A_Star, ast.SQLValueFunction, ast.ColumnRef, ast.Alias})
# Nodes whose name is all they can contribute (a type's modifiers, a relation's alias name nothing).
_NAMED_LEAVES = frozenset({ast.TypeName, ast.RangeVar})
_NAMING = frozenset({ast.RangeVar, ast.TypeName, ast.DefElem, ast.FuncCall, ast.CollateClause,
                     ast.CreateTrigStmt, ast.CreateEventTrigStmt, ast.TypeCast})


def _collect_refs(root: ast.Node, refs: set[Ref]) -> None:
    """Add what the AST under ``root`` names to ``refs``: ``_refs_of`` on every node, skipping
    leaves (a plan against an empty database walks a million nodes here)."""
    stack: list[object] = [root]
    pop, push, extend = stack.pop, stack.append, stack.extend
    while stack:
        item = pop()
        cls = type(item)
        if cls is tuple or cls is list:
            extend(item)  # type: ignore[arg-type]
            continue
        if cls in _LEAVES or not isinstance(item, ast.Node):
            continue
        if cls in _NAMING:
            refs |= _refs_of(item)  # type: ignore[arg-type]
            if cls in _NAMED_LEAVES:
                continue
        for name in child_slots(cls):
            value = getattr(item, name)
            if value is not None:
                push(value)


def _refs_of(node: ast.Node) -> set[Ref]:
    if isinstance(node, ast.RangeVar):
        return {("relation", *qualified(node))}
    if isinstance(node, ast.TypeName):
        parts = names(node.names)
        return {("type", *_qualified(parts))} if parts else set()
    if isinstance(node, ast.DefElem) and isinstance(node.arg, ast.TypeName):  # CREATE AGGREGATE (sfunc = f)
        return {("function", *_qualified(names(node.arg.names)))}
    if isinstance(node, ast.FuncCall):
        return {("function", *_qualified(names(node.funcname)))}
    if isinstance(node, ast.CollateClause):
        return {("collation", *_qualified(names(node.collname)))}
    if isinstance(node, (ast.CreateTrigStmt, ast.CreateEventTrigStmt)):
        return {("function", *_qualified(names(node.funcname)))}
    if isinstance(node, ast.TypeCast) and isinstance(node.arg, ast.A_Const) \
            and isinstance(node.arg.val, ast.String) and names(node.typeName.names)[-1:] == ["regclass"]:
        return {("relation", *_dotted(node.arg.val.sval))}  # nextval('app.seq'::regclass)
    return set()


def dependency_order(objects: Sequence[SchemaObject], priorities: Sequence[tuple]) -> list[int]:
    """Indices of ``objects`` (one per step) in an order where each comes after what it requires."""
    providers: dict[Ref, list[int]] = {}
    for i, obj in enumerate(objects):
        for ref in provided(obj):
            providers.setdefault(ref, []).append(i)
    after: list[set[int]] = [set() for _ in objects]  # after[j]: steps that must wait for j
    waiting = [0] * len(objects)
    for i, obj in enumerate(objects):
        needs = {j for ref in required(obj) for j in providers.get(ref, ()) if j != i}
        for j in needs:
            after[j].add(i)
        waiting[i] = len(needs)
    ready = [(priorities[i], i) for i in range(len(objects)) if waiting[i] == 0]
    heapq.heapify(ready)
    done: list[int] = []
    placed = [False] * len(objects)
    while len(done) < len(objects):
        if not ready:  # a cycle: release the lowest-priority step still waiting
            i = min((k for k in range(len(objects)) if not placed[k]), key=lambda k: priorities[k])
            waiting[i] = 0
            heapq.heappush(ready, (priorities[i], i))
        _, i = heapq.heappop(ready)
        if placed[i]:
            continue
        placed[i] = True
        done.append(i)
        for k in after[i]:
            waiting[k] -= 1
            if waiting[k] == 0 and not placed[k]:
                heapq.heappush(ready, (priorities[k], k))
    return done
