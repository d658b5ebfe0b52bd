"""Corrections to pglast's printers, registered (``override=True``) when this module is imported.

Every printed statement goes through pglast's printer registry, so a correction made here holds for
the model's canonical text and for every plan statement alike. Each one is the upstream printer with
the one defect fixed, and tests/unit/test_printers.py parses what it prints again.

- ``IndexStmt``: pglast 8.8 writes ``NULLS NOT DISTINCT`` last, after ``WITH``, ``TABLESPACE`` and
  ``WHERE``, which PostgreSQL's grammar rejects (``syntax error at or near "NULLS"``): a partial
  unique index with ``NULLS NOT DISTINCT`` (PostgreSQL 15+) could not be created. The grammar's
  order is columns, ``INCLUDE``, ``NULLS NOT DISTINCT``, ``WITH``, ``TABLESPACE``, ``WHERE``.
- ``IndexElem``: a qualified collation (``email COLLATE public.ci``, as pg_dump writes a collation of
  a user schema) came out as two index columns, ``email COLLATE public, ci``: another index, or, in
  an exclusion constraint, a syntax error.
- ``TypeName``: ``"bit"`` (how pg_dump writes the type bit without a length, in a cast or a
  default) came out unquoted, and unquoted ``bit`` means ``bit(1)``: ``'1001'::"bit"`` became a cast
  that fails. pglast already keeps ``"char"`` quoted for the same reason.
- ``TypeCast``: ``ARRAY[a, b]::T[]`` prints as PostgreSQL's parser reads it, with the cast pushed
  into the elements (``ARRAY[a::T, b::T]``), which is also what pg_dump writes back once the object
  exists. ``x IN ('a', 'b')`` on a varchar column, which pg_dump writes ``(ARRAY['a'::varchar,
  ...])::text[]``, is such an array (SQLAlchemy's non-native enums and Django's choices make it):
  every check, index, view, policy or default holding one differed from the reference on every
  run after pgsnapdiff created it. Not a printer defect: a normalisation, in the one place that
  reaches every expression.
- Sequence options (an identity column's, a sequence's): ``LOGGED`` and ``UNLOGGED``, which pg_dump
  15+ writes for the identity sequence of a table of the other persistence, came out as
  ``NO UNLOGGED``.

And one normalisation: ``FuncCall``. SQL syntax that calls a built-in function (``c AT TIME ZONE
'UTC'``, ``COLLATION FOR (x)``) parses into a call qualified with ``pg_catalog``, which pglast
prints as such: ``pg_catalog.timezone('UTC', c)``, while the same call written as one (as pg_dump of
a server older than 16, or another release of an application, writes it) prints unqualified. Both
are the same function, so an index or default written one way in the reference and the other in the
target was reported as different forever; so was a view or index that pgsnapdiff created, since
the server keeps the call as it was written (``NORMALIZE(x)`` in the reference, ``"normalize"(x)``
once created). Such a call now prints unqualified (PostgreSQL looks in pg_catalog first whatever
the search_path), a keyword quoted as the server writes it (``"normalize"(x)``, ``"overlaps"(...)``),
unless pglast has a special form for it (``EXTRACT``, ``POSITION(a IN b)``...), which it keeps.
A normal form is kept in its syntax too (``x IS NFKC NORMALIZED``, ``NORMALIZE(x, NFKC)``): as a
call, it becomes a text argument that pg_dump then writes with a cast.
``POSITION(a IN b)`` and ``OVERLAY(...)`` print as PostgreSQL 13 keeps them, ``"position"(b, a)`` and
``"overlay"(...)``: the same on every version, and creatable on 13 (``quoted_call``).

Found by printing, and parsing again, every statement of the pg_dump output of PostgreSQL's own
regression databases. Left as they are, since pgsnapdiff never prints them: ``ALTER FOREIGN TABLE
ONLY`` (loses ``ONLY``), ``CREATE OPERATOR CLASS ... FAMILY`` (loses the family; reported, never
created), ``ALTER TEXT SEARCH CONFIGURATION`` mappings (kinds/catalog.py writes them itself),
aggregates with a ``(*)`` signature outside ``COMMENT`` (owners and privileges only).
"""

from __future__ import annotations

import copy

from pglast import ast, enums
from pglast.printers import node_printer, sfuncs
from pglast.printers.ddl import create_seq_stmt_def_elem as pglast_sequence_option
from pglast.printers.dml import func_call as pglast_func_call
from pglast.printers.dml import interval_ranges, system_types
from pglast.printers.dml import type_cast as pglast_type_cast


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


@node_printer(ast.IndexElem, override=True)
def index_elem(node: ast.IndexElem, output) -> None:
    if node.name is not None:
        output.print_name(node.name)
    else:
        with output.expression(True):
            output.print_node(node.expr)
    if node.collation:
        output.swrite("COLLATE ")
        output.print_name(node.collation)  # pglast: print_name(node.collation, ",")
    if node.opclass:
        output.write(" ")
        output.print_name(node.opclass, ".")
        if node.opclassopts:
            output.write(" ")
            with output.expression(True):
                output.print_list(node.opclassopts)
    if node.ordering != enums.SortByDir.SORTBY_DEFAULT:
        output.swrite("ASC" if node.ordering == enums.SortByDir.SORTBY_ASC else "DESC")
    if node.nulls_ordering != enums.SortByNulls.SORTBY_NULLS_DEFAULT:
        output.swrite("NULLS ")
        output.write("LAST" if node.nulls_ordering == enums.SortByNulls.SORTBY_NULLS_LAST else "FIRST")


# Type names that mean another type unquoted: "char" (unquoted: character(1)), "bit" (unquoted: bit(1)).
_QUOTED_TYPES = {"char": '"char"', "bit": '"bit"'}


@node_printer(ast.TypeName, override=True)
def type_name(node: ast.TypeName, output) -> None:
    if node.setof:
        output.writes("SETOF")
    name = ".".join(n.sval for n in node.names)
    suffix = ""
    if name in system_types:
        prefix, suffix = system_types[name]
        output.write(prefix)
    elif name in _QUOTED_TYPES:
        output.write(_QUOTED_TYPES[name])
    else:
        output.print_name(node.names)
    if node.pct_type:
        output.write("%TYPE")
        return
    if node.typmods:
        if name == "pg_catalog.interval":
            typmod = node.typmods[0].val.ival
            if typmod in interval_ranges:
                output.swrite(interval_ranges[typmod])
            if len(node.typmods) == 2:
                output.write(" ")
                with output.expression(True):
                    output.print_node(node.typmods[1])
        elif name != "pg_catalog.bpchar" or len(node.typmods) > 1 or node.typmods[0].val.ival != 1:
            with output.expression(True):  # "char(1)" is written "char"
                output.print_list(node.typmods, ",", standalone_items=False)
    output.write(suffix)
    for bound in node.arrayBounds or ():
        output.write("[")
        if bound.ival >= 0:
            output.print_node(bound)
        output.write("]")


@node_printer((ast.Constraint, ast.CreateSeqStmt, ast.AlterSeqStmt), ast.DefElem, override=True)
def sequence_option(node: ast.DefElem, output) -> None:
    if node.defname in ("logged", "unlogged") and node.arg is None:
        output.write(node.defname.upper())  # pglast: "NO UNLOGGED"
    else:
        pglast_sequence_option(node, output)


def prints_unqualified(node: ast.FuncCall, output) -> bool:
    """True for SQL syntax calling a built-in function that ``func_call`` prints as a plain call,
    without ``pg_catalog`` (snapshot.py normalises its trees the same way)."""
    names = node.funcname
    return (node.funcformat == enums.CoercionForm.COERCE_SQL_SYNTAX and len(names) == 2
            and names[0].sval == "pg_catalog" and _normal_form_printer(node) is None
            and output.get_printer_for_function(f"pg_catalog.{names[1].sval}", node) is None)


_NORMAL_FORM_PRINTERS = {"is_normalized": sfuncs.is_normalized, "normalize": sfuncs.normalize}


def _normal_form_printer(node: ast.FuncCall):
    """pglast's printer of ``x IS NFKC NORMALIZED`` or ``NORMALIZE(x, NFKC)`` for a call written that
    way, else None. Printed as a plain call, the form becomes a text argument
    (``is_normalized(x, 'NFKC')``), which the server keeps as such and pg_dump then writes with a
    cast (``'NFKC'::text``): a view or index created from it differed from the reference forever.
    Without a form (``x IS NORMALIZED``), the plain call prints alike both ways and is kept."""
    names, args = node.funcname, node.args or ()
    if node.funcformat != enums.CoercionForm.COERCE_SQL_SYNTAX or len(names) != 2 \
            or names[0].sval != "pg_catalog" or len(args) != 2:
        return None
    form = args[1]
    if not (isinstance(form, ast.A_Const) and isinstance(form.val, ast.String)
            and form.val.sval in ("NFC", "NFD", "NFKC", "NFKD")):
        return None
    return _NORMAL_FORM_PRINTERS.get(names[1].sval)


def casts_into_elements(node: ast.TypeCast) -> bool:
    """``ARRAY[a, b]::T[]``: a cast that PostgreSQL's parser pushes into the elements (not an empty
    or nested array)."""
    array, bounds = node.arg, node.typeName.arrayBounds
    return (isinstance(array, ast.A_ArrayExpr) and bool(array.elements) and bounds is not None
            and len(bounds) == 1 and not any(isinstance(e, ast.A_ArrayExpr) for e in array.elements))


def _element_type(node: ast.TypeCast) -> ast.TypeName:
    element_type = copy.copy(node.typeName)  # the tree is shared: a copy loses the bounds
    element_type.arrayBounds = None
    return element_type


@node_printer(ast.TypeCast, override=True)
def type_cast(node: ast.TypeCast, output) -> None:
    """``ARRAY[a, b]::T[]`` printed as PostgreSQL's parser reads it, ``ARRAY[a::T, b::T]``."""
    if not casts_into_elements(node):
        pglast_type_cast(node, output)
        return
    element_type = _element_type(node)
    object.__setattr__(element_type, "ancestors", node.typeName.ancestors)  # what printers look up
    output.write("ARRAY[")
    for i, element in enumerate(node.arg.elements):
        if i:
            output.write(", ")
        pglast_type_cast(ast.TypeCast(arg=element, typeName=element_type), output)
    output.write("]")


def casts_pushed_into_elements(value):
    """The tree as ``type_cast`` prints it: each ``ARRAY[a, b]::T[]`` replaced, in place, by
    ``ARRAY[a::T, b::T]``; for snapshot.py, whose printout must parse back to the same tree."""
    if isinstance(value, tuple):
        return tuple(casts_pushed_into_elements(item) for item in value)
    if not isinstance(value, ast.Node):
        return value
    if isinstance(value, ast.TypeCast) and casts_into_elements(value):
        return ast.A_ArrayExpr(elements=tuple(
            ast.TypeCast(arg=casts_pushed_into_elements(element), typeName=_element_type(value))
            for element in value.arg.elements))
    for name in value:
        item = getattr(value, name)
        if isinstance(item, ast.Node | tuple):
            setattr(value, name, casts_pushed_into_elements(item))
    return value


_QUOTED_CALLS = frozenset({"position", "overlay"})


def quoted_call(node: ast.FuncCall) -> bool:
    """``POSITION(a IN b)`` and ``OVERLAY(a PLACING b FROM 1)``, or the same built-in called by
    name, printed as PostgreSQL 13 writes them: ``"position"(b, a)``, ``"overlay"(a, b, 1)``. The two
    spellings compared unequal between a 13 server and a newer one, and ``overlay(a, b, 1)``
    unquoted, as pglast prints it, is not valid on 13. (snapshot.py normalises its trees alike.)"""
    names = node.funcname
    if names[-1].sval not in _QUOTED_CALLS or len(names) > 2 or (
            len(names) == 2 and (names[0].sval != "pg_catalog"
                                 or node.funcformat != enums.CoercionForm.COERCE_SQL_SYNTAX)):
        return False
    return not (node.agg_order or node.agg_filter or node.over or node.agg_star or node.agg_distinct
                or node.func_variadic or not node.args)


@node_printer(ast.FuncCall, override=True)
def func_call(node: ast.FuncCall, output) -> None:
    if (normal_form := _normal_form_printer(node)) is not None:
        normal_form(node, output)
        return
    if quoted_call(node):
        output.write(f'"{node.funcname[-1].sval}"')
        with output.expression(True):
            output.print_list(node.args)
        return
    if prints_unqualified(node, output):
        node = copy.copy(node)  # the tree is shared: print a copy without the qualification
        node.funcname = (node.funcname[1],)
    pglast_func_call(node, output)
