"""Parsed statements → schema model.

One handler per statement type (dispatch table, not an if-chain). pg_dump's output is the input we
design for: it qualifies every name, writes defaults and identities as separate ALTER TABLE
statements and puts constraints after the tables. The core kinds (schemas, extensions, enums,
sequences, tables, columns, constraints, indexes, comments) are handled here; every other kind by
its module in ``kinds/``. Anything no handler models becomes an ``Unsupported`` object, listed in
the report as "not compared yet": never a crash, never dropped. Owners are not compared
(``ALTER ... OWNER TO`` is skipped): roles differ between environments.
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Callable, Iterable
from typing import TypeVar

from pglast import ast, enums

from . import compose, kinds
from .forms import table_elements
from .kinds import partitions, reported, types
from .kinds.comments import comment_target
from .kinds.normalize import canonical
from .model import (
    CONSTRAINT_KINDS,
    NOT_NULL_NO_INHERIT,
    Column,
    ColumnDefault,
    Comment,
    Constraint,
    EnumType,
    EnumValue,
    Extension,
    Index,
    Key,
    Model,
    NotNull,
    Schema,
    Sequence,
    SequenceOwner,
    Table,
    Unsupported,
)
from .names import DEFAULT_SCHEMA, canonical_type, qualified
from .names import names as _names
from .names import qualified_list as _qualified_list
from .parse import LEADING_NOISE, Statement, deparse

__all__ = ["DEFAULT_SCHEMA", "ModelBuilder", "build_model", "qualified"]

AT = enums.AlterTableType


# Extensions every database has (in pg_catalog): modern pg_dump omits them, old dumps create them.
BUILTIN_EXTENSIONS = frozenset({"plpgsql"})


class ModelBuilder:
    """Accumulates objects from statements in dump order."""

    def __init__(self, origin: str) -> None:
        self.model = Model(origin)

    def build(self, statements: Iterable[Statement]) -> Model:
        for stmt in statements:
            handler = _HANDLERS.get(type(stmt.node))
            if handler is None:
                self.unsupported(stmt)
            else:
                handler(self, stmt, stmt.node)
        return self.model

    # -- helpers -------------------------------------------------------------------------------
    def add(self, obj) -> None:
        self.model.add(obj)

    def unsupported(self, stmt: Statement, what: str | None = None, name: str | None = None) -> None:
        what = what or _describe_kind(stmt.node)
        self.add(Unsupported(source=stmt, what=what, name=name or _guess_name(stmt.node),
                             text=deparse(stmt.node)))

    def replace(self, key: Key, **changes) -> bool:
        obj = self.model.get(key)
        if obj is None:
            return False
        self.model.add(dataclasses.replace(obj, **changes))
        return True

    # -- handlers ------------------------------------------------------------------------------
    def schema(self, stmt: Statement, node: ast.CreateSchemaStmt) -> None:
        if node.schemaElts:
            self.unsupported(stmt, "schema with elements", node.schemaname)
            return
        self.add(Schema(source=stmt, name=node.schemaname))

    def extension(self, stmt: Statement, node: ast.CreateExtensionStmt) -> None:
        if node.extname in BUILTIN_EXTENSIONS:
            return  # always installed; pg_dump 11+ leaves it out, older dumps name it
        schema = ""
        for opt in node.options or ():
            if opt.defname == "schema":
                schema = opt.arg.sval
        self.add(Extension(source=stmt, name=node.extname, schema=schema, node=node))

    def enum(self, stmt: Statement, node: ast.CreateEnumStmt) -> None:
        schema, name = _qualified_list(node.typeName)
        values = tuple(_names(node.vals))
        self.add(EnumType(source=stmt, schema=schema, name=name, values=values, node=node))
        for i, value in enumerate(values):
            self.add(EnumValue(source=stmt, schema=schema, type_name=name, value=value,
                               after=values[i - 1] if i else None,
                               before=values[i + 1] if i + 1 < len(values) else None))

    def alter_enum(self, stmt: Statement, node: ast.AlterEnumStmt) -> None:
        schema, name = _qualified_list(node.typeName)
        enum = self.model.get(("type", schema, name))
        if node.oldVal is not None or not isinstance(enum, EnumType):
            self.unsupported(stmt, "enum change", f"{schema}.{name}")
            return
        values = list(enum.values)
        if node.newVal in values:
            return
        if node.newValNeighbor is None:
            values.append(node.newVal)
        else:
            at = values.index(node.newValNeighbor)
            values.insert(at + 1 if node.newValIsAfter else at, node.newVal)
        self.enum(stmt, ast.CreateEnumStmt(typeName=node.typeName, vals=[ast.String(v) for v in values]))

    def sequence(self, stmt: Statement, node: ast.CreateSeqStmt) -> None:
        schema, name = qualified(node.sequence)
        self.add(Sequence(source=stmt, schema=schema, name=name, options=_seq_options(node.options),
                          node=node))

    def alter_sequence(self, stmt: Statement, node: ast.AlterSeqStmt) -> None:
        schema, name = qualified(node.sequence)
        opts = node.options or ()
        if len(opts) == 1 and opts[0].defname == "owned_by":
            parts = _names(opts[0].arg)
            if parts == ["none"]:
                return
            owner = (parts[-3] if len(parts) > 2 else DEFAULT_SCHEMA, parts[-2], parts[-1])
            self.add(SequenceOwner(source=stmt, schema=schema, sequence=name, owned_by=owner))
        else:
            self.unsupported(stmt, "sequence change", f"{schema}.{name}")

    def table(self, stmt: Statement, node: ast.CreateStmt) -> None:
        schema, name = qualified(node.relation)
        self.add(Table(source=stmt, schema=schema, name=name, options=table_options(node), node=node))
        elements = node.tableElts or ()
        lines = _element_lines(stmt.text, len(elements))
        position = 0
        for elt, line in zip(elements, lines, strict=True):
            if isinstance(elt, ast.ColumnDef):
                position += 1
                self.column(stmt, schema, name, elt, position, line)
            elif isinstance(elt, ast.Constraint):
                self.constraint(stmt, schema, name, elt, line=line)
            else:
                self.unsupported(stmt, "table element", f"{schema}.{name}")

    def column(self, stmt: Statement, schema: str, table: str, col: ast.ColumnDef, position: int,
               line: str | None = None) -> None:
        type_text, type_sql, collation, default, generated, identity = _printed_once(
            "column", line, lambda: _column_facts(col))
        for con in col.constraints or ():
            ct = con.contype
            if ct == enums.ConstrType.CONSTR_NOTNULL or (ct in CONSTRAINT_KINDS and con.conname):
                self.constraint(stmt, schema, table, con, column=col.colname)
            elif ct == enums.ConstrType.CONSTR_DEFAULT:
                self.add(ColumnDefault(source=stmt, schema=schema, table=table, column=col.colname,
                                       expression=default, node=con.raw_expr))
            elif ct not in (enums.ConstrType.CONSTR_NULL, enums.ConstrType.CONSTR_IDENTITY,
                            enums.ConstrType.CONSTR_GENERATED):
                self.unsupported(stmt, "unnamed column constraint", f"{schema}.{table}.{col.colname}")
        if col.is_not_null:
            self.add(NotNull(source=stmt, schema=schema, table=table, column=col.colname))
        self.add(Column(source=stmt, schema=schema, table=table, name=col.colname, position=position,
                        type=type_text, collation=collation, identity=identity, generated=generated,
                        node=col, type_sql=type_sql))

    def constraint(self, stmt: Statement, schema: str, table: str, con: ast.Constraint,
                   column: str | None = None, line: str | None = None) -> None:
        if con.contype == enums.ConstrType.CONSTR_NOTNULL:
            for col in _names(con.keys) or ([column] if column else []):
                if con.is_no_inherit:  # PostgreSQL 18: planned as a plain NOT NULL, children would get it
                    self.unsupported(stmt, NOT_NULL_NO_INHERIT, f"{schema}.{table}.{col}")
                elif con.skip_validation:  # PostgreSQL 18: as a plain NOT NULL, it refuses existing NULLs
                    self.unsupported(stmt, "NOT NULL NOT VALID constraint", f"{schema}.{table}.{col}")
                else:
                    self.add(NotNull(source=stmt, schema=schema, table=table, column=col))
            return
        contype = CONSTRAINT_KINDS.get(con.contype)
        if contype is None or not con.conname:
            self.unsupported(stmt, "constraint", f"{schema}.{table}.{con.conname or '?'}")
            return
        if column is not None and not con.keys and con.contype != enums.ConstrType.CONSTR_CHECK:
            con = copy.copy(con)
            con.keys = [ast.String(column)]
        references = qualified(con.pktable) if con.pktable is not None else None
        definition = _printed_once("constraint", line, lambda: constraint_definition(con))
        self.add(Constraint(source=stmt, schema=schema, table=table, name=con.conname, contype=contype,
                            definition=definition, valid=not con.skip_validation,
                            references=references, node=con))

    def alter_table(self, stmt: Statement, node: ast.AlterTableStmt) -> None:
        schema, table = qualified(node.relation)
        ot = enums.ObjectType
        if node.objtype == ot.OBJECT_INDEX and partitions.index_attach(self, stmt, node):
            return
        if node.objtype == ot.OBJECT_TYPE and all(c.subtype == AT.AT_AddColumn for c in node.cmds):
            for cmd in node.cmds:  # ALTER TYPE ... ADD ATTRIBUTE (hand-written SQL; pg_dump inlines it)
                types.add_attribute(self, stmt, schema, table, cmd.def_)
            return
        if node.objtype != ot.OBJECT_TABLE:
            reported.other_alter(self, stmt, node)
            return
        for cmd in node.cmds:
            if cmd.subtype == AT.AT_ChangeOwner:
                continue  # owners are not compared
            handler = _ALTER_TABLE_HANDLERS.get(cmd.subtype)
            if handler is None or not handler(self, stmt, schema, table, cmd):
                reported.at_setting(self, stmt, schema, table, cmd)

    def _at_add_constraint(self, stmt, schema, table, cmd) -> bool:
        self.constraint(stmt, schema, table, cmd.def_)
        return True

    def _at_default(self, stmt, schema, table, cmd) -> bool:
        if cmd.def_ is None:
            return True
        self.add(ColumnDefault(source=stmt, schema=schema, table=table, column=cmd.name,
                               expression=deparse(cmd.def_), node=cmd.def_))
        return True

    def _at_identity(self, stmt, schema, table, cmd) -> bool:
        column = self.model.get(("column", schema, table, cmd.name))
        if not isinstance(column, Column):
            return False
        node = copy.copy(column.node)
        node.constraints = [*(node.constraints or ()), cmd.def_]
        return self.replace(column.key, identity=_identity(cmd.def_), node=node)

    def _at_not_null(self, stmt, schema, table, cmd) -> bool:
        self.add(NotNull(source=stmt, schema=schema, table=table, column=cmd.name))
        return True

    def index(self, stmt: Statement, node: ast.IndexStmt) -> None:
        schema, table = qualified(node.relation)
        self.add(Index(source=stmt, schema=schema, name=node.idxname, table=table,
                       definition=index_definition(node), node=node))

    def comment(self, stmt: Statement, node: ast.CommentStmt) -> None:
        on = comment_target(self.model, node)
        if on is not None and on[0] == "extension" and on[1] in BUILTIN_EXTENSIONS:
            return
        if on is None:
            self.unsupported(stmt, f"comment on {node.objtype.name.removeprefix('OBJECT_').lower()}")
        elif node.comment is not None:
            self.add(Comment(source=stmt, on=on, text=node.comment, node=node))

    def define(self, stmt: Statement, node: ast.DefineStmt) -> None:
        """CREATE AGGREGATE / OPERATOR / COLLATION / TEXT SEARCH ... / TYPE (base): by kind."""
        handler = kinds.DEFINE_BUILDERS.get(node.kind)
        if handler is None:
            self.unsupported(stmt)
        else:
            handler(self, stmt, node)

    def ignore(self, stmt: Statement, node: ast.Node) -> None:
        """Owners are not compared: roles differ between environments."""


def table_options(node: ast.CreateStmt) -> str:
    """What a CREATE TABLE says besides its name and elements, e.g. ``UNLOGGED TABLE``, ``TABLE
    PARTITION BY RANGE (d)``; ``TABLE`` for a plain one (most of them: not printed)."""
    if (node.relation.relpersistence == "p" and node.oncommit == enums.OnCommitAction.ONCOMMIT_NOOP
            and not any((node.inhRelations, node.partbound, node.partspec, node.ofTypename, node.constraints,
                         node.nnconstraints, node.options, node.tablespacename, node.accessMethod))):
        return "TABLE"
    shell = copy.copy(node)
    shell.tableElts = None
    shell.if_not_exists = False
    shell.relation = ast.RangeVar(relname="_", inh=True, relpersistence=node.relation.relpersistence)
    return deparse(shell).removeprefix("CREATE ").replace("TABLE _ ()", "TABLE", 1)


# What a line of a CREATE TABLE prints to, by its text: in pg_dump's layout an element is one line
# (forms.table_elements), and the same line recurs in table after table (``id bigint NOT NULL``,
# ``created_at timestamp with time zone DEFAULT now() NOT NULL``, a CHECK every table has). The
# printed parts are a function of the line's text, so they are printed once.
_PRINTED_ELEMENTS: dict[tuple[str, str], object] = {}  # a column's parts, or a constraint's text
_PRINTED_ELEMENTS_MAX = 100_000
T = TypeVar("T")


def _printed_once(kind: str, line: str | None, compute: Callable[[], T]) -> T:
    """``compute()``, remembered by the element's line when there is one (pg_dump's layout)."""
    if not line:
        return compute()
    facts = _PRINTED_ELEMENTS.get((kind, line))
    if facts is None:
        if len(_PRINTED_ELEMENTS) >= _PRINTED_ELEMENTS_MAX:
            _PRINTED_ELEMENTS.clear()
        facts = _PRINTED_ELEMENTS[(kind, line)] = compute()
    return facts  # type: ignore[return-value]


def _element_lines(text: str, count: int) -> list[str | None]:
    """Each element's line of a CREATE TABLE in pg_dump's layout (None each, for another layout)."""
    split = table_elements(text[LEADING_NOISE.match(text).end():].rstrip())
    return split[1] if split is not None and len(split[1]) == count else [None] * count


def _column_facts(col: ast.ColumnDef) -> tuple[str, str, str, str, str, str]:
    """A column's printed parts: type (canonical), type as written (or ""), collation, default,
    generation expression, identity."""
    default = generated = identity = ""
    for con in col.constraints or ():
        ct = con.contype
        if ct == enums.ConstrType.CONSTR_DEFAULT:
            default = deparse(con.raw_expr)
        elif ct == enums.ConstrType.CONSTR_IDENTITY:
            identity = _identity(con)
        elif ct == enums.ConstrType.CONSTR_GENERATED:
            kind = "VIRTUAL" if con.generated_kind == "v" else "STORED"
            generated = f"{deparse(con.raw_expr)} {kind}"
    collation = deparse(col.collClause) if col.collClause else ""
    if col.typeName is None:  # a typed table's column (CREATE TABLE t OF type (c WITH OPTIONS ...))
        return "", "", collation, default, generated, identity
    # The alias fix is all canonical() does: a type that needs none (no alias, constant typmods)
    # is printed as written, without a copy.
    as_written = canonical_type(col.typeName) is col.typeName and all(
        isinstance(mod, ast.A_Const) for mod in col.typeName.typmods or ())
    type_text = deparse(col.typeName if as_written else canonical(col.typeName))
    return type_text, type_text if as_written else "", collation, default, generated, identity


def _seq_options(options: Iterable[ast.DefElem] | None) -> tuple[str, ...]:
    out = []
    for opt in options or ():
        if opt.defname == "sequence_name":
            continue
        value = "" if opt.arg is None else deparse(opt.arg) if isinstance(opt.arg, ast.Node) else str(opt.arg)
        out.append(f"{opt.defname}={value}")
    return tuple(out)


def _identity(con: ast.Constraint) -> str:
    when = "ALWAYS" if con.generated_when == "a" else "BY DEFAULT"
    opts = _seq_options(con.options)
    return f"{when} ({', '.join(opts)})" if opts else when


def constraint_definition(con: ast.Constraint) -> str:
    """Canonical text of a constraint, without its name and validity (compared separately)."""
    shell = copy.copy(con)
    shell.conname = None
    shell.skip_validation = False
    shell.initially_valid = True
    return deparse(shell)


def index_definition(node: ast.IndexStmt) -> str:
    composed = compose.index_definition(node)
    if composed is not None:
        return composed
    shell = copy.copy(node)
    shell.idxname = None
    shell.if_not_exists = False
    shell.concurrent = False
    return deparse(shell)


_KIND_NAMES = {
    "ViewStmt": "view", "CreateFunctionStmt": "function", "CreateTrigStmt": "trigger",
    "CreatePolicyStmt": "policy", "CreateDomainStmt": "domain", "CompositeTypeStmt": "composite type",
    "CreateTableAsStmt": "materialized view", "RuleStmt": "rule", "GrantStmt": "privilege",
    "CreateEventTrigStmt": "event trigger", "CreatePublicationStmt": "publication",
    "CreateRangeStmt": "range type", "CreateForeignTableStmt": "foreign table",
    "CreateStatsStmt": "statistics", "DefineStmt": "definition", "CreateCastStmt": "cast",
    "AlterDefaultPrivilegesStmt": "default privileges", "CreateOpClassStmt": "operator class",
    "CreateConversionStmt": "conversion", "SecLabelStmt": "security label",
    "CreateForeignServerStmt": "foreign server", "CreateFdwStmt": "foreign-data wrapper",
    "CreateUserMappingStmt": "user mapping", "AlterOwnerStmt": "owner", "CreateTransformStmt": "transform",
}


def _describe_kind(node: ast.Node) -> str:
    name = type(node).__name__
    if isinstance(node, ast.CreateFunctionStmt) and node.is_procedure:
        return "procedure"
    if isinstance(node, ast.DefineStmt):
        return node.kind.name.removeprefix("OBJECT_").lower()
    return _KIND_NAMES.get(name, name.removesuffix("Stmt"))


def _guess_name(node: ast.Node) -> str:
    for attr in ("view", "relation", "into", "typevar", "sequence"):
        value = getattr(node, attr, None)
        if isinstance(value, ast.RangeVar):
            return ".".join(qualified(value))
        if isinstance(value, ast.IntoClause):
            return ".".join(qualified(value.rel))
    for attr in ("trigname", "policy_name", "trigname", "pubname", "extname"):
        value = getattr(node, attr, None)
        if isinstance(value, str):
            return value
    for attr in ("funcname", "defnames", "domainname", "typeName"):
        value = getattr(node, attr, None)
        if isinstance(value, (list, tuple)) and value and all(isinstance(v, ast.String) for v in value):
            return ".".join(_names(value))
    text = deparse(node)
    return text if len(text) <= 60 else text[:57] + "..."


_HANDLERS: dict[type, Callable] = {
    ast.CreateSchemaStmt: ModelBuilder.schema,
    ast.CreateExtensionStmt: ModelBuilder.extension,
    ast.CreateEnumStmt: ModelBuilder.enum,
    ast.AlterEnumStmt: ModelBuilder.alter_enum,
    ast.CreateSeqStmt: ModelBuilder.sequence,
    ast.AlterSeqStmt: ModelBuilder.alter_sequence,
    ast.CreateStmt: ModelBuilder.table,
    ast.AlterTableStmt: ModelBuilder.alter_table,
    ast.IndexStmt: ModelBuilder.index,
    ast.CommentStmt: ModelBuilder.comment,
    ast.DefineStmt: ModelBuilder.define,
    ast.AlterOwnerStmt: ModelBuilder.ignore,
    **kinds.BUILDERS,
}

_ALTER_TABLE_HANDLERS: dict[object, Callable] = {
    enums.AlterTableType.AT_AddConstraint: ModelBuilder._at_add_constraint,
    enums.AlterTableType.AT_ColumnDefault: ModelBuilder._at_default,
    enums.AlterTableType.AT_AddIdentity: ModelBuilder._at_identity,
    enums.AlterTableType.AT_SetNotNull: ModelBuilder._at_not_null,
    **kinds.ALTER_TABLE,
}


def build_model(statements: Iterable[Statement], origin: str) -> Model:
    return ModelBuilder(origin).build(statements)
