"""Corrections to pglast's printers, registered (``override=True``) when this module is imported.

Every printed statement goes through pglast's printer registry, so a correction made here holds for
the model's canonical text and for every plan statement alike. Each one is the upstream printer with
the one defect fixed, and tests/unit/test_printers.py parses what it prints again.

- ``IndexStmt``: pglast 8.8 writes ``NULLS NOT DISTINCT`` last, after ``WITH``, ``TABLESPACE`` and
  ``WHERE``, which PostgreSQL's grammar rejects (``syntax error at or near "NULLS"``): a partial
  unique index with ``NULLS NOT DISTINCT`` (PostgreSQL 15+) could not be created. The grammar's
  order is columns, ``INCLUDE``, ``NULLS NOT DISTINCT``, ``WITH``, ``TABLESPACE``, ``WHERE``.
"""

from __future__ import annotations

from pglast import ast
from pglast.printers import node_printer


@node_printer(ast.IndexStmt, override=True)
def index_stmt(node: ast.IndexStmt, output) -> None:
    output.write("CREATE ")
    if node.unique:
        output.write("UNIQUE ")
    output.write("INDEX ")
    if node.concurrent:
        output.write("CONCURRENTLY ")
    if node.if_not_exists:
        output.write("IF NOT EXISTS ")
    if node.idxname:
        output.print_name(node.idxname)
    output.newline()
    with output.push_indent(2):
        output.write("ON ")
        output.print_node(node.relation)
        if node.accessMethod != "btree":
            output.write("USING ")
            output.print_name(node.accessMethod)
        output.write(" ")
        with output.expression(True):
            output.print_list(node.indexParams)
        if node.indexIncludingParams:
            output.write(" INCLUDE ")
            with output.expression(True):
                output.print_list(node.indexIncludingParams)
        if node.nulls_not_distinct:
            output.newline()
            output.write("NULLS NOT DISTINCT")
        if node.options:
            output.newline()
            output.write("WITH ")
            with output.expression(True):
                output.print_list(node.options)
        if node.tableSpace:
            output.newline()
            output.write("TABLESPACE ")
            output.print_name(node.tableSpace)
        if node.whereClause:
            output.newline()
            output.write("WHERE ")
            output.print_node(node.whereClause)
