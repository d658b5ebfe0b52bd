"""The committed snapshot: a schema dump rewritten into one canonical text.

Why a canonical text and not pg_dump's output as is: the file is reviewed in pull requests and
compared by ``snapshot --check``, so the same schema must give the same bytes whatever the
pg_dump or server version, the creation order of objects, or the machine. pg_dump already gets
most of the way (it sorts by kind and name, then by dependency); what is left is done here:

- session noise goes (``SET``, ``set_config``, ``\\restrict``, "Dumped from" banners, comments);
- every statement is re-printed from its AST by pglast, so whitespace, parentheses and cast
  spellings that differ between versions vanish; a statement is kept in its original text only
  if pglast's printout would not parse back to the same AST (never silently changed);
- three differences between server versions are normalised on the AST: PostgreSQL 18 names NOT
  NULL constraints (``CONSTRAINT t_c_not_null NOT NULL`` on partitions; the engine ignores those
  names anyway), PostgreSQL 16+ stops qualifying column references in views
  (``orders.id`` → ``id``), which is undone wherever it cannot change the meaning, and 16+ writes
  built-in calls in their SQL syntax (``c AT TIME ZONE 'UTC'`` for ``timezone('UTC', c)``), both
  printed as the plain call (printers.py), as are 14+'s ``POSITION(a IN b)`` and ``OVERLAY(...)``;
- runs of post-data statements of one kind (indexes, constraints, foreign keys), which depend on
  nothing in their own run, are sorted by pg_dump's own key, so older pg_dumps that still broke
  ties by OID (creation order) agree with new ones.

The order otherwise stays pg_dump's: dependencies first, so ``psql -f`` loads the file into an
empty database, and a model change shows up where a reader expects it (a new column is one line
in its CREATE TABLE). The diff engine reads a snapshot like any dump: ``sources.SNAPSHOT_MARKER``
in the first line tells it so.
"""

from __future__ import annotations

import copy
import difflib
import logging
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

import pglast
from pglast import ast, enums
from pglast.stream import IndentedStream, RawStream

from . import __version__
from .parse import parse_sql
from .printers import casts_pushed_into_elements, prints_unqualified, quoted_call
from .reference import Source, reference_dump
from .sources import SNAPSHOT_MARKER, without_checkout_crlf

log = logging.getLogger("pgsnapdiff.snapshot")

FORMAT = 1
_VERSION_LINE_RE = re.compile(rf"^{re.escape(SNAPSHOT_MARKER)} \(pgsnapdiff [^)]*\)$", re.MULTILINE)
# Statements that belong to the object printed just before them (pg_dump writes them right after it).
_ATTACHED = (ast.CommentStmt, ast.GrantStmt, ast.AlterOwnerStmt, ast.SecLabelStmt)


@dataclass(frozen=True)
class Options:
    """What to keep beyond the schema itself (both off by default: roles differ between clusters)."""

    owners: bool = False
    privileges: bool = False


def render_snapshot(dump_text: str, *, source: str, origin: str = "pg_dump output",
                    options: Options = Options()) -> str:
    """pg_dump ``--schema-only`` text → the snapshot text (header, canonical statements)."""
    statements = [s for s in parse_sql(dump_text, origin=origin) if _wanted(s.node, options)]
    nodes = [s.node for s in statements]
    printed = [_print(_normalise(s.node), s.text) for s in statements]
    ordered = _order(list(zip(nodes, printed, strict=True)))
    parts = [header(source)]
    if any(isinstance(n, ast.CreateFunctionStmt) for n in nodes):
        # pg_dump relies on this too: a SQL function may name a table that comes later in the file.
        parts.append("SET check_function_bodies = false;")
    parts += [text for _node, text in ordered]
    return "\n\n".join(parts) + "\n"


def build_snapshot(source: Source, *, pg_bin: str | None = None, extensions: Sequence[str] = (),
                   options: Options = Options()) -> str:
    """Build the reference for ``source`` (on a throwaway server unless it is a URL), dump it, render."""
    dump = reference_dump(source, pg_bin=pg_bin, extensions=extensions, owners=options.owners,
                          privileges=options.privileges)
    log.info("reference dumped with pg_dump %s (server %d)", dump.pg_dump.version, dump.server_major)
    return render_snapshot(dump.text, source=source.label, origin=source.label, options=options)


def header(source: str) -> str:
    """Tool version and source only: no timestamps, host names or passwords (``Source.label``)."""
    return (f"{SNAPSHOT_MARKER} (pgsnapdiff {__version__})\n"
            f"-- Source: {source}\n"
            f"-- Written by `pgsnapdiff snapshot` (format {FORMAT}); rebuild it, do not edit it by hand.")


def stale_diff(committed: str, fresh: str, path: str) -> str | None:
    """None when ``committed`` is current, else a unified diff from it to ``fresh``.

    The tool version in the first line is left out of the comparison: upgrading pgsnapdiff alone
    must not fail every CI gate, while any change to the statements or the source does. So are
    CRLF line ends that a Windows checkout (core.autocrlf) gives every line of the committed file;
    a CR inside a function body is part of the schema (sources.without_checkout_crlf)."""
    committed = without_checkout_crlf(committed)
    if _VERSION_LINE_RE.sub(SNAPSHOT_MARKER, committed) == _VERSION_LINE_RE.sub(SNAPSHOT_MARKER, fresh):
        return None
    lines = difflib.unified_diff(committed.splitlines(keepends=True), fresh.splitlines(keepends=True),
                                 fromfile=f"{path} (committed)", tofile=f"{path} (rebuilt)")
    return "".join(line if line.endswith("\n") else line + "\n" for line in lines)


# -- filtering -------------------------------------------------------------------------------------
def _wanted(node: ast.Node, options: Options) -> bool:
    if isinstance(node, ast.GrantStmt | ast.GrantRoleStmt | ast.AlterDefaultPrivilegesStmt):
        return options.privileges
    if _is_owner_change(node):
        return options.owners
    return True


def _is_owner_change(node: ast.Node) -> bool:
    if isinstance(node, ast.AlterOwnerStmt):
        return True
    return isinstance(node, ast.AlterTableStmt) and all(
        cmd.subtype == enums.AlterTableType.AT_ChangeOwner for cmd in node.cmds)


# -- printing --------------------------------------------------------------------------------------
def _print(node: ast.Node, original: str) -> str:
    """pglast's indented printout, checked: it must parse back to the very same AST."""
    try:
        text = IndentedStream(comma_at_eoln=True)(node).rstrip()
        if len(reparsed := pglast.parse_sql(text)) == 1 and reparsed[0].stmt == node:
            return text + ";"
        reason = "it would not parse back to the same statement"
    except Exception as exc:  # a printer gap in pglast: keep the statement as PostgreSQL wrote it
        reason = f"{type(exc).__name__}: {exc}"
    log.warning("kept a %s statement as dumped (pglast %s cannot re-print it: %s)",
                type(node).__name__, pglast.__version__, reason)
    lines = original.strip().splitlines()
    while lines and lines[0].lstrip().startswith("--"):  # pg_dump's "-- Name: ..." banner
        lines.pop(0)
    return "\n".join(lines).strip().rstrip(";") + ";"


# -- normalising across server versions -------------------------------------------------------------
def _normalise(node: ast.Node) -> ast.Node:
    """A copy of ``node`` with version-specific spellings made uniform (see the module docstring).
    A copy, because parse.py caches and shares parsed nodes."""
    node = copy.deepcopy(node)
    if isinstance(node, ast.CreateStmt):
        for elt in node.tableElts or ():
            if isinstance(elt, ast.ColumnDef):
                for con in elt.constraints or ():
                    if con.contype == enums.ConstrType.CONSTR_NOTNULL:
                        con.conname = None
    for select in _nodes_of(node, ast.SelectStmt):
        _unqualify_single_relation(select)
    stream = RawStream()
    for call in _nodes_of(node, ast.FuncCall):  # c AT TIME ZONE 'UTC' → timezone('UTC', c), as printed
        if prints_unqualified(call, stream):
            call.funcname = (call.funcname[1],)
        elif quoted_call(call):  # POSITION(a IN b) → "position"(b, a), as printed
            call.funcname = (call.funcname[-1],)
            call.funcformat = enums.CoercionForm.COERCE_EXPLICIT_CALL
    return casts_pushed_into_elements(node)  # ARRAY[a, b]::T[] → ARRAY[a::T, b::T], as printed


def _nodes_of(node: object, kind: type, *, stop: type | None = None) -> Iterator:
    """Every node of type ``kind`` below ``node`` (inclusive), not descending into ``stop`` nodes."""
    if isinstance(node, tuple | list):
        for item in node:
            yield from _nodes_of(item, kind, stop=stop)
        return
    if not isinstance(node, ast.Node):
        return
    if isinstance(node, kind):
        yield node
    for attr in node:
        child = getattr(node, attr)
        if stop is not None and isinstance(child, stop):
            continue
        yield from _nodes_of(child, kind, stop=stop)


def _unqualify_single_relation(select: ast.SelectStmt) -> None:
    """``SELECT t.a FROM s.t WHERE t.b > 0`` → ``SELECT a FROM s.t WHERE b > 0`` (what PostgreSQL
    16+ prints). Safe only at this query level (a sub-select has its own scope: its references to
    ``t`` stay qualified), with a single FROM item (no ambiguity), and not in ORDER BY / DISTINCT
    ON where a bare name would mean an output column of the same name."""
    if not select.fromClause or len(select.fromClause) != 1:
        return
    item = select.fromClause[0]
    alias = getattr(item, "alias", None)
    if alias is not None:
        name = alias.aliasname
    elif isinstance(item, ast.RangeVar):
        name = item.relname
    else:
        return
    outputs: dict[str, ast.Node] = {}
    for target in select.targetList or ():
        if isinstance(target, ast.ResTarget) and (label := target.name or _last_field(target.val)):
            outputs.setdefault(label, target.val)
    clauses = [(select.targetList, False), (select.whereClause, False), (select.groupClause, False),
               (select.havingClause, False), (select.windowClause, False),
               (select.sortClause, True), (select.distinctClause, True)]
    for clause, output_names_win in clauses:
        for ref in _nodes_of(clause, ast.ColumnRef, stop=ast.SelectStmt):
            fields = ref.fields
            if not (len(fields) == 2 and isinstance(fields[0], ast.String) and fields[0].sval == name
                    and isinstance(fields[1], ast.String)):
                continue
            column = fields[1].sval
            if output_names_win and column in outputs and not _is_column(outputs[column], name, column):
                continue  # ORDER BY c would mean the output column c, another expression
            ref.fields = (fields[1],)


def _is_column(val: ast.Node, relation: str, column: str) -> bool:
    """True when the output expression ``val`` is the column ``relation.column`` itself."""
    if not isinstance(val, ast.ColumnRef) or not all(isinstance(f, ast.String) for f in val.fields):
        return False
    names = [f.sval for f in val.fields]
    return names in ([column], [relation, column])


def _last_field(val: ast.Node | None) -> str | None:
    if isinstance(val, ast.ColumnRef) and isinstance(val.fields[-1], ast.String):
        return val.fields[-1].sval
    return None


# -- ordering --------------------------------------------------------------------------------------
def _order(items: list[tuple[ast.Node, str]]) -> list[tuple[ast.Node, str]]:
    """pg_dump's order, with runs of independent post-data statements sorted by name."""
    groups: list[list[tuple[ast.Node, str]]] = []
    for node, text in items:
        if groups and (isinstance(node, _ATTACHED) or _is_owner_change(node)):
            groups[-1].append((node, text))
        else:
            groups.append([(node, text)])
    out: list[tuple[ast.Node, str]] = []
    for run in _runs(groups):
        if _sort_key(run[0][0][0]) is not None:
            run = sorted(run, key=lambda group: _sort_key(group[0][0]))
        for group in run:
            out += group
    return out


def _runs(groups: list[list[tuple[ast.Node, str]]]) -> Iterable[list[list[tuple[ast.Node, str]]]]:
    run: list[list[tuple[ast.Node, str]]] = []
    for group in groups:
        key = _sort_key(group[0][0])
        if run and (key is None or _sort_key(run[0][0][0]) is None or key[0] != _sort_key(run[0][0][0])[0]):
            yield run
            run = []
        run.append(group)
    if run:
        yield run


def _sort_key(node: ast.Node) -> tuple[str, ...] | None:
    """(class, schema, name, table) for statements that nothing in their own run depends on: indexes,
    constraints, and foreign keys (their own class, since they need the keys they reference)."""
    if isinstance(node, ast.IndexStmt) and node.idxname:
        return ("index", node.relation.schemaname or "", node.idxname)
    if (isinstance(node, ast.AlterTableStmt) and node.objtype == enums.ObjectType.OBJECT_TABLE
            and len(node.cmds) == 1 and node.cmds[0].subtype == enums.AlterTableType.AT_AddConstraint):
        con = node.cmds[0].def_
        if isinstance(con, ast.Constraint) and con.conname:
            kind = "foreign key" if con.contype == enums.ConstrType.CONSTR_FOREIGN else "constraint"
            return (kind, node.relation.schemaname or "", con.conname, node.relation.relname)
    return None
