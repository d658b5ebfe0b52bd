"""One canonical text for definitions that PostgreSQL itself considers the same.

Views, materialized views and SQL-standard function bodies come back from the server deparsed by
``pg_get_viewdef``/``pg_get_function_sqlbody``, and that output changed over versions: PostgreSQL
16 stopped qualifying column names in a query level with a single range-table entry, so one view
dumps as ``SELECT orders.id FROM app.orders`` from 15 and as ``SELECT id FROM app.orders`` from 18.
Hand-written SQL adds its own variants (``int4`` for ``integer``, no schema for ``public``). We
normalise the AST, then deparse it with pglast, which already writes casts and parentheses one way.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from pglast import ast

from ..names import DEFAULT_SCHEMA, canonical_type
from ..parse import child_slots, clone, deparse


def walk(node: object, *, skip: tuple[type, ...] = ()) -> Iterator[ast.Node]:
    """Every AST node under ``node`` (itself included), not descending into ``skip`` types."""
    stack = [node]  # iterative, same order as the recursion: nested generators cost O(depth) a node
    while stack:
        item = stack.pop()
        if isinstance(item, ast.Node):
            yield item
            if not isinstance(item, skip):
                stack.extend(reversed([getattr(item, name) for name in child_slots(type(item))]))
        elif isinstance(item, (list, tuple)):
            stack.extend(reversed(item))


def canonical(node: ast.Node | None) -> ast.Node | None:
    """A copy of ``node`` with built-in type aliases spelled the standard way."""
    if node is None:
        return None
    node = clone(node)
    _canonical_types(node)
    return node


def _canonical_types(node: ast.Node) -> None:
    for child in walk(node):
        if isinstance(child, ast.TypeName):
            fixed = canonical_type(child)
            if fixed is not child:
                child.names = fixed.names


def query_text(query: ast.Node) -> str:
    """Canonical text of a view's (or a function body's) query."""
    query = clone(query)
    _canonical_types(query)
    _qualify_default_schema(query)
    for select in [node for node in walk(query) if isinstance(node, ast.SelectStmt)]:
        _strip_single_source_qualifiers(select)
    return deparse(query)


def _qualify_default_schema(query: ast.Node) -> None:
    """``FROM orders`` → ``FROM public.orders``; names of CTEs stay as they are."""
    ctes = {cte.ctename for cte in walk(query) if isinstance(cte, ast.CommonTableExpr)}
    for node in walk(query):
        if isinstance(node, ast.RangeVar) and node.schemaname is None and node.relname not in ctes:
            node.schemaname = DEFAULT_SCHEMA


def _source_name(item: ast.Node) -> str | None:
    alias = getattr(item, "alias", None)
    if alias is not None:
        return alias.aliasname
    if isinstance(item, ast.RangeVar):
        return item.relname
    return None


def _strip_single_source_qualifiers(select: ast.SelectStmt) -> None:
    """``SELECT t.a FROM t`` → ``SELECT a FROM t``: what PostgreSQL ≥ 16 prints for a view's own
    query level with one source. Done at every level (a sub-query with one source too, which every
    version still qualifies), the way snapshot.py writes views, so that a snapshot and a live dump
    of either version agree. Safe: a column of the level's only source is what the bare name finds
    first; references to an outer query's sources (``t.a`` inside a sub-query) keep their qualifier."""
    sources = select.fromClause or ()
    if len(sources) != 1 or isinstance(sources[0], ast.JoinExpr):
        return
    name = _source_name(sources[0])
    if name is None:
        return
    clauses = (select.targetList, select.whereClause, select.groupClause, select.havingClause,
               select.windowClause)
    _rewrite_columns(clauses, lambda ref: _unqualified(ref, name))
    # In ORDER BY and DISTINCT ON a bare name means an output column first: only unqualify where
    # that output column is this very column (as PostgreSQL does), never changing the meaning.
    outputs = {t.name or _last_field(t.val): t.val for t in select.targetList or ()
               if isinstance(t, ast.ResTarget)}
    _rewrite_columns((select.sortClause, select.distinctClause),
                     lambda ref: _unqualified(ref, name, outputs))


def _last_field(val: ast.Node | None) -> str | None:
    if isinstance(val, ast.ColumnRef) and isinstance(val.fields[-1], ast.String):
        return val.fields[-1].sval
    return None


def _unqualified(ref: ast.ColumnRef, name: str, outputs: dict | None = None) -> None:
    fields = ref.fields or ()
    if not (len(fields) == 2 and isinstance(fields[0], ast.String) and fields[0].sval == name
            and isinstance(fields[1], ast.String)):
        return
    column = fields[1].sval
    if outputs is not None and column in outputs:
        val = outputs[column]
        same = isinstance(val, ast.ColumnRef) and [getattr(f, "sval", None) for f in val.fields] in (
            [column], [name, column])
        if not same:
            return
    ref.fields = (fields[1],)


def _rewrite_columns(node: object, fix: Callable[[ast.ColumnRef], None]) -> None:
    """Apply ``fix`` to the column references of this query level, not of nested queries (the
    left side of ``x IN (SELECT ...)`` belongs to this level, the sub-select does not)."""
    for child in walk(node, skip=(ast.SubLink, ast.SelectStmt)):
        if isinstance(child, ast.ColumnRef):
            fix(child)
        elif isinstance(child, ast.SubLink) and child.testexpr is not None:
            _rewrite_columns(child.testexpr, fix)
