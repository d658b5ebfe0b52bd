"""The plan's most frequent statements, written from the model's canonical text instead of printed.

A plan against an empty or much older database is tens of thousands of ``CREATE TABLE``, ``ADD
CONSTRAINT`` and ``CREATE INDEX`` statements, and printing each one's AST with pglast costs more
than everything else in a diff (bench/: 12 of 19 s against an empty database of 5,000 tables). Yet
the parts were printed already: the model keeps a column's type, a default, a constraint's and an
index's definition as deparsed text. So these statements are assembled from those parts, in exactly
the bytes pglast prints for the equivalent AST: plans, golden files and saved-plan fingerprints do
not change. Anything out of the ordinary (an identity or generated column, a collation, a table with
options, ``ON ONLY``) returns None and the caller prints the AST as before.

An index's definition in the model is assembled the same way, from its columns, options and
predicate printed one by one: they recur from index to index, and parse.deparse remembers them
(6 times faster than printing the whole statement, on the 13,500 indexes of the bench schema).

``tests/unit/test_compose.py`` plans every test case and generated bench schema both ways and checks
that the statements (and index definitions) are byte-identical; ``COMPOSE = False`` turns this
module off for that check.
"""

from __future__ import annotations

from pglast import ast
from pglast.precedence import ExprPrec, expr_precedence
from pglast.stream import RawStream

from .model import Column, ColumnDefault
from .parse import deparse
from .sqlbuild import ident, qualified_name

COMPOSE = True


def column_definition(col: Column, default: ColumnDefault | None, not_null: bool) -> str | None:
    """``name type [DEFAULT expr] [NOT NULL]``, as pglast prints the ColumnDef, or None."""
    if not COMPOSE or not col.type_sql or col.identity or col.generated or col.collation:
        return None
    if default is not None and not _atomic(default.node):
        return None  # a DEFAULT is a b_expr: ``(1 = ANY (...))``, ``(a AND b)`` need their parentheses
    text = f"{ident(col.name)} {col.type_sql}"
    if default is not None:
        text += f" DEFAULT {default.expression}"
    return text + " NOT NULL" if not_null else text


def _atomic(node: ast.Node | None) -> bool:
    """An expression that prints the same alone and as a DEFAULT (a constant, a cast, a function
    call): anything else is printed by pglast, which parenthesises what the grammar needs."""
    return node is not None and expr_precedence(node, RawStream()) == ExprPrec.ATOM


def create_table(schema: str, name: str, options: str, columns: list[str]) -> str | None:
    """``CREATE TABLE IF NOT EXISTS`` of a plain table (no options, at least one column), from
    its columns' definitions (composed, or printed one by one)."""
    if not COMPOSE or options != "TABLE" or not columns:
        return None
    return f"CREATE TABLE IF NOT EXISTS {qualified_name(schema, name)} ({', '.join(columns)})"


def add_column(schema: str, table: str, column: str | None) -> str | None:
    if column is None:
        return None
    return f"ALTER TABLE {qualified_name(schema, table)} ADD COLUMN IF NOT EXISTS {column}"


def add_constraint(schema: str, table: str, name: str, definition: str, not_valid: bool) -> str | None:
    """``ALTER TABLE ... ADD CONSTRAINT name <definition> [NOT VALID]``."""
    if not COMPOSE or not definition:
        return None
    text = f"ALTER TABLE {qualified_name(schema, table)} ADD CONSTRAINT {ident(name)} {definition}"
    return text + " NOT VALID" if not_valid else text


def index_definition(node: ast.IndexStmt) -> str | None:
    """``CREATE [UNIQUE] INDEX ON rel ...`` without name, ``CONCURRENTLY`` or ``IF NOT EXISTS``: the
    model's canonical text of an index, as printers.index_stmt prints it (clauses in that order)."""
    if not COMPOSE:
        return None

    def listed(nodes) -> str:
        return "(" + ", ".join(deparse(item) for item in nodes) + ")"

    parts = ["CREATE UNIQUE INDEX ON" if node.unique else "CREATE INDEX ON", deparse(node.relation)]
    if node.accessMethod != "btree":
        parts += ["USING", ident(node.accessMethod)]
    parts.append(listed(node.indexParams))
    if node.indexIncludingParams:
        parts += ["INCLUDE", listed(node.indexIncludingParams)]
    if node.nulls_not_distinct:
        parts.append("NULLS NOT DISTINCT")
    if node.options:
        parts += ["WITH", listed(node.options)]
    if node.tableSpace:
        parts += ["TABLESPACE", ident(node.tableSpace)]
    if node.whereClause:
        parts += ["WHERE", deparse(node.whereClause)]
    return " ".join(parts)


_INDEX_HEADS = ("CREATE INDEX ON ", "CREATE UNIQUE INDEX ON ")


def create_index(name: str | None, definition: str, *, concurrent: bool = False) -> str | None:
    """``CREATE [UNIQUE] INDEX [CONCURRENTLY] IF NOT EXISTS name ON ...`` from the index's
    definition (printed without its name); None for ``ON ONLY`` (the planner recurses instead)."""
    if not COMPOSE or not name:
        return None
    for head in _INDEX_HEADS:
        if definition.startswith(head) and not definition.startswith("ONLY ", len(head)):
            create = head[:-len(" ON ")]
            if concurrent:
                create += " CONCURRENTLY"
            return f"{create} IF NOT EXISTS {ident(name)} ON {definition[len(head):]}"
    return None
