"""Missing objects → idempotent, data-safe statements in dependency order.

Every statement is safe on its own, run twice, on any database state: ``IF NOT EXISTS`` where
PostgreSQL has it, otherwise a ``DO`` block that checks the catalog first. Nothing here drops,
truncates, updates, renames or retypes.

Data safety on tables that already hold rows (the worst bug a sync tool can have is a plan that works
on an empty database and fails on production):

- a new NOT NULL column with no default is added nullable, then ``SET NOT NULL`` runs only if no row
  is NULL; otherwise a warning says it was held back (backfill, then re-run);
- a new foreign key or check goes in ``NOT VALID`` and is then validated in a sub-block: if existing
  rows violate it, the constraint stays (it guards new writes) and a warning says so;
- a new primary key, unique or exclusion constraint, or unique index, that existing rows violate is
  skipped with a warning instead of failing the whole deploy.

Order is by phase (schemas, extensions, types, sequences, functions, tables, columns, …, views,
foreign keys, triggers, policies, comments, grants), then by the reference dump's own order, which
pg_dump already makes dependency-safe; where real dependencies cross phases (a function taking a
table's row type, a domain whose check calls a new function), order.py moves the step after what
it needs. The other object kinds are planned by their modules in ``kinds/``.
"""

from __future__ import annotations

import copy
import dataclasses
import functools
from collections.abc import Callable
from dataclasses import dataclass

from pglast import ast, enums

from . import compose, kinds
from . import sqlbuild as sb
from .diff import Change, Differs, DiffResult, Missing, NotCompared
from .kinds.partitions import partition_depth
from .kinds.routines import Routine
from .model import (
    NOT_NULL_NO_INHERIT,
    RELATION_KINDS,
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
    SchemaObject,
    Sequence,
    SequenceOwner,
    Table,
)
from .order import dependency_order, required
from .parse import deparse

AT = enums.AlterTableType


@dataclass(frozen=True)
class Step:
    """One statement of the plan."""

    sql: str
    action: str  # "create", "add", "set", "validate"
    what: str  # what it acts on, for people: "table app.orders"
    key: Key
    phase: int
    may_hold_back: bool = False  # guarded on existing data: may end in a warning instead of a change
    separate_transaction: bool = False  # must commit before the rest can use it (new enum values)
    stage: str = "transaction"  # --online: "concurrent" (own statement, after the transaction), "after"


# --online runs the plan in three stages: the transaction, then each CREATE INDEX CONCURRENTLY on its
# own, then short transactions for what needs those indexes or scans a table (VALIDATE).
STAGES = ("transaction", "concurrent", "after")


@dataclass
class Plan:
    steps: list[Step]
    folded: int = 0  # Missing objects created as part of another statement (a new table's columns)
    replace_definitions: bool = False  # the user's opt-in: the safety check then allows CREATE OR REPLACE

    @property
    def empty(self) -> bool:
        return not self.steps

    def script(self) -> str:
        """The plan as a psql script; every statement is safe to run twice."""
        if not self.steps:
            return "-- pgsnapdiff: nothing to do\n"
        lines = ["-- pgsnapdiff plan: additive and idempotent; safe to run more than once",
                 "SELECT pg_catalog.set_config('search_path', '', false);", ""]
        for step in self.steps:
            lines.append(f"-- {one_line(step.action + ' ' + step.what)}")
            lines.append(step.sql.rstrip(";") + ";")
            lines.append("")
        return "\n".join(lines)


def one_line(text: str) -> str:
    """Names may hold newlines: escape control characters so a comment line cannot end early."""
    if text.isprintable():  # no control character (the usual case: checked in C)
        return text
    return "".join(ch if ch >= " " else repr(ch)[1:-1] for ch in text)


# What PostgreSQL raises when an expression, operator class or foreign key meets a column of another type.
TYPE_MISMATCH_ERRORS = ("undefined_function", "datatype_mismatch", "undefined_object", "cannot_coerce",
                        "ambiguous_function", "invalid_text_representation", "indeterminate_datatype")
# ... and when a statement reads a relation or function the target has in another shape: a column a
# view lacks, a view held back, a function returning another type ("must return type trigger").
READ_ERRORS = (*TYPE_MISMATCH_ERRORS, "undefined_column", "undefined_table", "ambiguous_column",
               "wrong_object_type", "invalid_object_definition")


def _descending(sequence: Sequence) -> bool:
    """A sequence that counts down (``INCREMENT BY -1``): values already used lie below it."""
    return any(opt.defname == "increment" and deparse(opt.arg).startswith("-")
               for opt in getattr(sequence.node, "options", None) or ())


class Planner:
    def __init__(self, reference: Model, result: DiffResult, *, replace_definitions: bool = False,
                 online: bool = False, invalid_indexes: frozenset[tuple[str, str]] = frozenset()) -> None:
        self.ref = reference
        self.online = online
        self.invalid_indexes = invalid_indexes  # (schema, name) of the target's INVALID indexes
        self.concurrent_indexes: set[Key] = set()
        self.missing: set[Key] = {c.key for c in result.missing}
        self.result = result
        self.replace_definitions = replace_definitions
        self.steps: list[Step] = []
        self.objects: list[SchemaObject] = []  # the object each step acts on, for dependency order
        self.folded = 0
        self._new_sql_bodies: set[Key] | None = None  # computed on first use (see can_fold)
        self._tables_with_keys_in_doubt: set[tuple[str, str]] | None = None
        self.memo: dict[str, object] = {}  # what a kinds/ planner works out once per plan
        # Tables with a column whose type or collation differs: a new constraint or index there may
        # not fit the target's column (jsonb_typeof on json, a numeric check on text), so it is held
        # back with the column instead of failing the whole deploy.
        self.retyped_columns = {
            (c.obj.schema, c.obj.table, c.obj.name) for c in result.changes
            if isinstance(c, Differs) and isinstance(c.obj, Column)
            and any(f.field in ("type", "collation") for f in c.fields)}
        self.retyped_tables = {(schema, table) for schema, table, _ in self.retyped_columns}

    def plan(self) -> Plan:
        for change in self.result.changes:
            if isinstance(change, Missing):
                handler = _PLANNERS.get(type(change.obj))
                if handler is not None:
                    handler(self, change.obj)
            elif isinstance(change, Differs) and change.repair:
                repair = _REPAIRS.get((type(change.obj), change.repair))
                if repair is not None:
                    repair(self, change.obj)
        priorities = [(step.phase, i) for i, step in enumerate(self.steps)]
        steps = [self.steps[i] for i in dependency_order(self.objects, priorities)]
        if self.online:
            steps = self._staged(steps)
        return Plan(steps, self.folded, self.replace_definitions)

    def _staged(self, steps: list[Step]) -> list[Step]:
        """Online mode: what needs a concurrently built index, and foreign keys (which may reference
        one), move after the builds; the order within each stage is kept."""
        staged = []
        for step in steps:
            stage = step.stage
            kind = step.key[0]
            if stage == "transaction" and (
                    kind == "index attachment" or step.action == "validate"
                    or (kind == "comment" and tuple(step.key[1:]) in self.concurrent_indexes)
                    or (kind == "constraint" and "FOREIGN KEY" in step.sql
                        and not self.is_new(("table", step.key[1], step.key[2])))):
                stage = "after"
            staged.append(dataclasses.replace(step, stage=stage) if stage != step.stage else step)
        return sorted(staged, key=lambda s: STAGES.index(s.stage))

    @functools.cached_property
    def in_doubt(self) -> set[tuple[str, ...]]:
        """What the target has in another shape, as order.py names what a statement reads: relations
        that differ or have a column that does, functions that differ. A new view, trigger, policy or
        default reading one may not be creatable before a person acts; kinds/ modules add what they
        hold back (a view), for what reads it in turn."""
        doubt: set[tuple[str, ...]] = set()
        for change in self.result.changes:
            if not isinstance(change, Differs):
                continue
            obj, kind = change.obj, change.obj.key[0]
            if kind in RELATION_KINDS:
                doubt.add(("relation", *obj.key[1:3]))
            elif kind == "column":
                doubt.add(("relation", obj.schema, obj.table))
            elif kind == "function":
                doubt.add(("function", *obj.key[1:3]))
        return doubt

    def doubted(self, *objs: SchemaObject) -> list[str]:
        """The names of what ``objs`` read that is in doubt (``in_doubt``), sorted."""
        if not self.in_doubt:
            return []
        return sorted({".".join(ref[1:]) for obj in objs for ref in required(obj) if ref in self.in_doubt})

    def waits_with(self, schema: str, name: str) -> bool:
        """Relation ``schema.name`` is a new view the plan may hold back (it reads what is in doubt):
        an index, comment, setting or grant on it waits with it."""
        return ("relation", schema, name) in self.in_doubt and (
            self.is_new(("view", schema, name)) or self.is_new(("materialized view", schema, name)))

    def waiting(self, statements: str, obj: SchemaObject, reads: list[str]) -> str:
        """``statements`` in a sub-block that holds ``obj`` back with a warning when what it reads
        turns out to be of another shape (``READ_ERRORS``)."""
        return sb.catch(statements, READ_ERRORS, f"{obj.display}: reads {', '.join(reads)}, which the target "
                        "has in another shape (reported) or does not have yet; it waits for that")

    def emit_waiting(self, body: str, action: str, obj: SchemaObject, phase: int, reads: list[str], *,
                     exists: str | None = None) -> None:
        """``body`` (PL/pgSQL statements) as a step that holds ``obj`` back when what it reads turns
        out to be of another shape (``waiting``); with ``exists``, run only while that is false."""
        body = self.waiting(body, obj, reads)
        self.emit(sb.do_block(sb.if_block(f"NOT {exists}", body) if exists else body), action, obj, phase,
                  may_hold_back=True)

    def emit(self, sql: str | ast.Node, action: str, obj, phase: int, **flags) -> None:
        text = sql if isinstance(sql, str) else deparse(sql).rstrip()
        self.steps.append(Step(text, action, obj.display, obj.key, phase, **flags))
        self.objects.append(obj)

    def is_new(self, key: Key) -> bool:
        return key in self.missing

    # -- one method per kind -------------------------------------------------------------------
    def schema(self, obj: Schema) -> None:
        self.emit(ast.CreateSchemaStmt(schemaname=obj.name, if_not_exists=True), "create", obj, 10)

    def extension(self, obj: Extension) -> None:
        """Created where the target's server has its files; elsewhere held back with a warning (a
        reference built on a server with pgcrypto, a target on one without: nothing may use it)."""
        node = copy.copy(obj.node)
        node.if_not_exists = True
        available = sb.named_exists("pg_available_extensions", "name", obj.name)
        missing = sb.warn(f"{obj.display}: the target's server does not have it; install its package "
                          "there (e.g. postgresql-contrib), then re-run")
        self.emit(sb.do_block(sb.if_block(available, sb.statement(node), missing)), "create", obj, 20,
                  may_hold_back=True)

    def enum(self, obj: EnumType) -> None:
        create = sb.statement(obj.node)
        self.emit(sb.do_block(sb.if_block(f"NOT {sb.type_exists(obj.schema, obj.name)}", create)),
                  "create", obj, 30)

    def enum_value(self, obj: EnumValue) -> None:
        if self.is_new(("type", obj.schema, obj.type_name)):
            self.folded += 1
            return
        # AFTER the previous value (there already, or added by the step just before); a value
        # before all existing ones goes BEFORE the first value the target already has.
        neighbour, after = (obj.after, True) if obj.after is not None else (self._next_existing(obj), False)
        node = ast.AlterEnumStmt(typeName=[ast.String(sval=obj.schema), ast.String(sval=obj.type_name)],
                                 newVal=obj.value, newValNeighbor=neighbour, newValIsAfter=after,
                                 skipIfNewValExists=True)
        self.emit(node, "add", obj, 35, separate_transaction=True)

    def _next_existing(self, obj: EnumValue) -> str | None:
        enum = self.ref.get(("type", obj.schema, obj.type_name))
        values = enum.values if isinstance(enum, EnumType) else ()
        following = values[values.index(obj.value) + 1:] if obj.value in values else ()
        return next((v for v in following if not self.is_new(("enum value", obj.schema, obj.type_name, v))),
                    obj.before)

    def sequence(self, obj: Sequence) -> None:
        node = copy.copy(obj.node)
        node.if_not_exists = True
        self.emit(node, "create", obj, 40)

    def table(self, obj: Table) -> None:
        columns = self.ref.columns_of(obj.key)
        folded = [self._folded(col, inline_not_null=True) for col in columns]
        self.folded += len(columns)
        text = compose.create_table(obj.schema, obj.name, obj.options, [
            compose.column_definition(col, *f) or deparse(self.column_def(col, *f))  # identity, collation
            for col, f in zip(columns, folded, strict=True)])
        if text is None:
            node = copy.copy(obj.node)
            node.if_not_exists = True
            node.tableElts = [self.column_def(col, *f) for col, f in zip(columns, folded, strict=True)]
            text = deparse(node)
        self.emit(text, "create", obj, 50)

    def _folded(self, col: Column, *, inline_not_null: bool) -> tuple[ColumnDefault | None, bool]:
        """The default and NOT NULL that go into the column's definition (counted as folded)."""
        default = self.ref.get(("default", col.schema, col.table, col.name))
        if isinstance(default, ColumnDefault) and self.is_new(default.key) and self.can_fold(default):
            self.folded += 1
        else:
            default = None
        not_null = inline_not_null and self.is_new(("not null", col.schema, col.table, col.name))
        self.folded += not_null
        return default, not_null

    @staticmethod
    def column_def(col: Column, default: ColumnDefault | None, not_null: bool) -> ast.ColumnDef:
        """The column as the reference defines it, with its default and NOT NULL folded in."""
        node = copy.copy(col.node)
        kept = [c for c in node.constraints or () if c.contype in (
            enums.ConstrType.CONSTR_IDENTITY, enums.ConstrType.CONSTR_GENERATED)]
        if default is not None:
            kept.append(ast.Constraint(contype=enums.ConstrType.CONSTR_DEFAULT, raw_expr=default.node))
        if not_null:
            kept.append(ast.Constraint(contype=enums.ConstrType.CONSTR_NOTNULL))
        node.constraints = kept or None
        node.is_not_null = False
        return node

    def can_fold(self, default: ColumnDefault) -> bool:
        """A default goes into its column's definition unless it calls a new function whose body
        (SQL-standard, so checked at creation) may need this very table: then it is set after."""
        from .order import required

        if self._new_sql_bodies is None:
            self._new_sql_bodies = {("function", o.schema, o.name) for o in self.ref
                                    if isinstance(o, Routine) and o.sql_body and self.is_new(o.key)}
        return not self._new_sql_bodies or not any(
            ref in self._new_sql_bodies for ref in required(default) if ref[0] == "function")

    def column(self, obj: Column) -> None:
        if self.is_new(obj.table_key):
            return  # part of CREATE TABLE
        partition = self.ref.get(("partition", obj.schema, obj.table))
        if partition is not None and not self.is_new(partition.key) and \
                ("column", *partition.parent_table, obj.name) in self.ref:
            self.folded += 1  # a partition takes its parent's columns: ADD COLUMN on the parent brings
            return            # it, and PostgreSQL refuses one on the partition itself
        default = self.ref.get(("default", obj.schema, obj.table, obj.name))
        # NOT NULL can go inline only when existing rows get a value: a non-NULL default or identity.
        safe_inline = bool(obj.identity) or (
            isinstance(default, ColumnDefault) and default.expression.upper() != "NULL"
            and self.can_fold(default))
        default, not_null = self._folded(obj, inline_not_null=safe_inline)
        text = compose.add_column(obj.schema, obj.table, compose.column_definition(obj, default, not_null))
        if text is None:
            cmd = sb.table_cmd(AT.AT_AddColumn, def_=self.column_def(obj, default, not_null), missing_ok=True)
            text = deparse(sb.alter_table(obj.schema, obj.table, cmd))
        # A default may call a function, a generated column reads its table's other columns: either
        # may be of another shape in the target.
        reads = self.doubted(default) if default is not None else []
        if obj.generated and ("relation", obj.schema, obj.table) in self.in_doubt:
            reads.append(f"{obj.schema}.{obj.table}")
        if reads:
            self.emit_waiting(sb.statement(text), "add", obj, 60, reads)
            return
        self.emit(text, "add", obj, 60)

    def default(self, obj: ColumnDefault) -> None:
        if self.is_new(("column", obj.schema, obj.table, obj.column)) and self.can_fold(obj):
            return  # folded into the column definition
        cmd = sb.table_cmd(AT.AT_ColumnDefault, name=obj.column, def_=obj.node)
        statement = sb.alter_table(obj.schema, obj.table, cmd)
        if (obj.schema, obj.table, obj.column) in self.retyped_columns:  # the reference's default may not
            guarded = self._wait_for_retype(sb.statement(statement), obj.display)  # fit the target's type
            self.emit(sb.do_block(guarded), "set", obj, 62, may_hold_back=True)
            return
        self.emit(statement, "set", obj, 62)

    def not_null(self, obj: NotNull) -> None:
        column_key = ("column", obj.schema, obj.table, obj.column)
        if self.is_new(("table", obj.schema, obj.table)) and column_key in self.ref:
            return  # part of CREATE TABLE; an inherited column is not, so its NOT NULL is set after
        if self.is_new(column_key) and self._folded_not_null(obj):
            return
        set_not_null = sb.statement(sb.alter_table(obj.schema, obj.table,
                                                   sb.table_cmd(AT.AT_SetNotNull, name=obj.column)))
        if f"{obj.schema}.{obj.table}.{obj.column}" in self._no_inherit_not_nulls:  # PostgreSQL 18
            set_not_null = sb.catch(set_not_null, ("feature_not_supported",),
                                    f"{obj.display}: the target has it as NOT NULL NO INHERIT, which "
                                    "pgsnapdiff does not change; change it by hand")
        body = sb.if_block(sb.has_nulls(obj.schema, obj.table, obj.column),
                           sb.warn(f"{obj.display}: some rows are NULL; backfill them, then re-run"),
                           set_not_null)
        self.emit(sb.do_block(body), "set", obj, 64, may_hold_back=True)

    @functools.cached_property
    def _no_inherit_not_nulls(self) -> set[str]:
        """``schema.table.column`` of the target's NOT NULL NO INHERIT constraints (not compared
        yet): setting NOT NULL there fails ("cannot change NO INHERIT status")."""
        return {c.obj.name for c in self.result.changes if isinstance(c, NotCompared) and c.side == "target"
                and c.obj.what == NOT_NULL_NO_INHERIT}

    def _folded_not_null(self, obj: NotNull) -> bool:
        col = self.ref.get(("column", obj.schema, obj.table, obj.column))
        default = self.ref.get(("default", obj.schema, obj.table, obj.column))
        return isinstance(col, Column) and (bool(col.identity) or (
            isinstance(default, ColumnDefault) and default.expression.upper() != "NULL"
            and self.can_fold(default)))

    def sequence_owner(self, obj: SequenceOwner) -> None:
        schema, table, column = obj.owned_by
        owner = [ast.String(sval=schema), ast.String(sval=table), ast.String(sval=column)]
        node = ast.AlterSeqStmt(sequence=sb.rangevar(obj.schema, obj.sequence),
                                options=[sb.defelem("owned_by", owner)])
        self.emit(node, "set", obj, 70)
        sequence = self.ref.get(("sequence", obj.schema, obj.sequence))
        if self.is_new(("sequence", obj.schema, obj.sequence)) and not self.is_new(("table", schema, table)) \
                and isinstance(sequence, Sequence) and not _descending(sequence):
            self._advance_past_rows(sequence, obj.owned_by)

    def _advance_past_rows(self, sequence: Sequence, owned_by: tuple[str, str, str]) -> None:
        """A new sequence for a column that holds values already (``integer`` becoming ``serial``)
        would hand out 1, 2, ... again: the next insert fails on the primary key. So it moves past
        the largest value (never back: a second run finds it there)."""
        schema, table, column = owned_by
        name = sb.qualified_name(sequence.schema, sequence.name)
        table_name = sb.qualified_name(schema, table)
        largest = f"SELECT CAST(max({sb.ident(column)}) AS bigint) AS m FROM {table_name}"
        advance = (f"PERFORM pg_catalog.setval({sb.literal(name)}, GREATEST(m, (SELECT last_value FROM "
                   f"{name}))) FROM ({largest}) AS existing WHERE m IS NOT NULL;")
        guarded = sb.catch(advance, TYPE_MISMATCH_ERRORS + ("numeric_value_out_of_range",),
                           f"{sequence.display}: could not move it past the values of "
                           f"{schema}.{table}.{column}; set it by hand (setval)")
        self.emit(sb.do_block(guarded), "advance", sequence, 71, may_hold_back=True)

    def partitioned(self, schema: str, table: str) -> bool:
        found = self.ref.get(("table", schema, table))
        return isinstance(found, Table) and "PARTITION BY" in found.options.upper()

    def constraint(self, obj: Constraint) -> None:
        new_table = self.is_new(("table", obj.schema, obj.table))
        is_fk = obj.contype == "foreign key"
        # A partition's constraints come before its parent's, which then adopts them.
        phase = 95 if is_fk else 80 - partition_depth(self.ref, obj.schema, obj.table)
        # PostgreSQL < 18 cannot add a NOT VALID foreign key to a partitioned table.
        not_valid_ok = not (is_fk and self.partitioned(obj.schema, obj.table))
        deferred_check = not new_table and obj.contype in ("foreign key", "check") and not_valid_ok
        not_valid = deferred_check or not obj.valid
        add = sb.statement(self._add_constraint(obj, not_valid))
        may_hold_back = False
        if not new_table and obj.contype in ("primary key", "unique", "exclusion"):
            add = sb.catch(add, ("unique_violation", "exclusion_violation", "not_null_violation"),
                           f"{obj.display}: existing rows violate it; fix the data, then re-run")
            may_hold_back = True
        elif not new_table and not not_valid_ok:
            add = sb.catch(add, ("foreign_key_violation",),
                           f"{obj.display}: existing rows violate it; fix the data, then re-run")
            may_hold_back = True
        elif is_fk and self._referenced_key_may_wait(obj):
            add = sb.catch(add, ("invalid_foreign_key",),
                           f"{obj.display}: the key it references is not there as the reference has "
                           "it; fix that, then re-run")
            may_hold_back = True
        tables = {(obj.schema, obj.table), *([obj.references] if obj.references else [])}
        if tables & self.retyped_tables:
            add = self._wait_for_retype(add, obj.display)
            may_hold_back = True
        body = sb.if_block(f"NOT {sb.constraint_exists(obj.schema, obj.table, obj.name)}", add)
        self.emit(sb.do_block(body), "add", obj, phase, may_hold_back=may_hold_back)
        if deferred_check and obj.valid:
            self.validate(obj)

    def constraint_using_index(self, obj: Constraint) -> None:
        """A primary key or unique constraint made from the target's unique index of its name
        (diff._index_to_use): nothing is built; a primary key may have to set NOT NULL first."""
        kind = "PRIMARY KEY" if obj.contype == "primary key" else "UNIQUE"
        add = sb.statement(f"ALTER TABLE {sb.qualified_name(obj.schema, obj.table)} ADD CONSTRAINT "
                           f"{sb.ident(obj.name)} {kind} USING INDEX {sb.ident(obj.name)}")
        add = sb.catch(add, ("not_null_violation",),
                       f"{obj.display}: some rows are NULL; fix the data, then re-run")
        body = sb.if_block(f"NOT {sb.constraint_exists(obj.schema, obj.table, obj.name)}", add)
        self.emit(sb.do_block(body), "add", obj, 80, may_hold_back=True)

    @staticmethod
    def _add_constraint(obj: Constraint, not_valid: bool) -> str:
        text = compose.add_constraint(obj.schema, obj.table, obj.name, obj.definition, not_valid)
        if text is None:
            node = copy.copy(obj.node)
            node.skip_validation = not_valid
            node.initially_valid = not not_valid
            cmd = sb.table_cmd(AT.AT_AddConstraint, def_=node)
            text = deparse(sb.alter_table(obj.schema, obj.table, cmd))
        return text

    def _referenced_key_may_wait(self, fk: Constraint) -> bool:
        """True when the primary key or unique constraint a new foreign key needs may not be there as
        the reference has it: new on a table that holds rows (existing rows may hold it back, and the
        foreign key with it), or different in the target, which a person has to change first."""
        if fk.references is None or self.is_new(("table", *fk.references)):
            return False
        if self._tables_with_keys_in_doubt is None:
            differing = {c.obj.key for c in self.result.changes if isinstance(c, Differs)}
            self._tables_with_keys_in_doubt = {
                (o.schema, o.table) for o in self.ref if (self.is_new(o.key) or o.key in differing) and (
                    isinstance(o, Constraint) and o.contype in ("primary key", "unique")
                    or isinstance(o, Index) and o.node.unique)}
        return fk.references in self._tables_with_keys_in_doubt

    def validate(self, obj: Constraint) -> None:
        node = sb.alter_table(obj.schema, obj.table, sb.table_cmd(AT.AT_ValidateConstraint, name=obj.name))
        guarded = sb.catch(sb.statement(node), ("check_violation", "foreign_key_violation"),
                           f"{obj.display}: existing rows violate it; it stays NOT VALID "
                           "(new writes are checked); fix the data, then re-run")
        body = sb.if_block(sb.constraint_exists(obj.schema, obj.table, obj.name, only_unvalidated=True),
                           guarded)
        phase = 96 if obj.contype == "foreign key" else 85
        self.emit(sb.do_block(body), "validate", obj, phase, may_hold_back=True)

    def index(self, obj: Index) -> None:
        new_relation = self.is_new(("table", obj.schema, obj.table)) or \
            self.is_new(("materialized view", obj.schema, obj.table))
        if (obj.schema, obj.name) in self.invalid_indexes and not self.online:
            warning = sb.warn(f"index {obj.schema}.{obj.name} exists but is INVALID (an interrupted "
                              "CREATE INDEX CONCURRENTLY); re-run with --online to rebuild it")
            self.emit(sb.do_block(warning), "create", obj, 90, may_hold_back=True)
            return
        if self.online and not new_relation and not self.partitioned(obj.schema, obj.table):
            self._concurrent_index(obj)
            return
        node = compose.create_index(obj.name, obj.definition)
        if node is None:
            node = copy.copy(obj.node)
            node.if_not_exists = True
            if not node.relation.inh:  # pg_dump's ON ONLY: recurse instead, adopting the partitions' indexes
                node.relation = copy.copy(node.relation)
                node.relation.inh = True
        unique = obj.node.unique
        phase = 90 - partition_depth(self.ref, obj.schema, obj.table)
        if self.waits_with(obj.schema, obj.table):  # on a materialized view the plan may hold back
            self.emit_waiting(sb.statement(node), "create", obj, phase, [f"{obj.schema}.{obj.table}"])
            return
        # Online, a partitioned parent's index comes after its partitions' concurrent builds and
        # adopts them (PostgreSQL has no CONCURRENTLY for a partitioned parent).
        stage = "after" if self.online and not new_relation else "transaction"
        retyped = (obj.schema, obj.table) in self.retyped_tables
        if (unique or retyped) and not new_relation:
            guarded = sb.statement(node)
            if unique:
                guarded = sb.catch(guarded, ("unique_violation",),
                                   f"unique index {obj.schema}.{obj.name}: existing rows have duplicates; "
                                   "fix the data, then re-run")
            if retyped:
                guarded = self._wait_for_retype(guarded, f"index {obj.schema}.{obj.name}")
            self.emit(sb.do_block(guarded), "create", obj, phase, may_hold_back=True, stage=stage)
        else:
            self.emit(node, "create", obj, phase, stage=stage)

    def _concurrent_index(self, obj: Index) -> None:
        """CREATE INDEX CONCURRENTLY: writes go on while it builds. It cannot run in a transaction or
        a DO block, so apply runs it on its own after the transaction, and handles a failed build."""
        node = compose.create_index(obj.name, obj.definition, concurrent=True)
        if node is None:
            node = copy.copy(obj.node)
            node.if_not_exists = True
            node.concurrent = True
        self.concurrent_indexes.add(obj.key)
        may_hold_back = bool(obj.node.unique) or (obj.schema, obj.table) in self.retyped_tables
        self.emit(node, "create", obj, 90, may_hold_back=may_hold_back, stage="concurrent")

    @staticmethod
    def _wait_for_retype(statement: str, what: str) -> str:
        return sb.catch(statement, TYPE_MISMATCH_ERRORS,
                        f"{what}: does not fit a column whose type differs in the target (reported); "
                        "it waits for that change")

    def comment(self, obj: Comment) -> None:
        if obj.on[0] == "constraint" and obj.on not in self.ref:
            # A NOT NULL constraint's name (PostgreSQL 18 writes CONSTRAINT x NOT NULL): not an object
            # of the model, and the target's NOT NULL may bear another name. Only if the name is there.
            schema, table, name = obj.on[1:]
            missing = sb.warn(f"{obj.display}: the target has no constraint of that name (a NOT NULL "
                              "constraint named otherwise?); rename it, then re-run")
            body = sb.if_block(sb.constraint_exists(schema, table, name), sb.statement(obj.node), missing)
            self.emit(sb.do_block(body), "set", obj, 100, may_hold_back=True)
            return
        if obj.on[0] == "extension" and self.is_new(obj.on):  # held back where the server lacks it
            exists = sb.named_exists("pg_extension", "extname", obj.on[1])
            self.emit(sb.do_block(sb.if_block(exists, sb.statement(obj.node))), "set", obj, 100,
                      may_hold_back=True)
            return
        if len(obj.on) > 2 and self.waits_with(obj.on[1], obj.on[2]):  # on a view held back, or its column
            self.emit_waiting(sb.statement(obj.node), "set", obj, 100, [f"{obj.on[1]}.{obj.on[2]}"])
            return
        self.emit(obj.node, "set", obj, 100)


_PLANNERS: dict[type, Callable] = {
    Schema: Planner.schema,
    Extension: Planner.extension,
    EnumType: Planner.enum,
    EnumValue: Planner.enum_value,
    Sequence: Planner.sequence,
    Table: Planner.table,
    Column: Planner.column,
    ColumnDefault: Planner.default,
    NotNull: Planner.not_null,
    SequenceOwner: Planner.sequence_owner,
    Constraint: Planner.constraint,
    Index: Planner.index,
    Comment: Planner.comment,
    **kinds.PLANNERS,
}
_REPAIRS: dict[tuple[type, str], Callable] = {
    (Constraint, "validate"): Planner.validate,
    (Constraint, "using index"): Planner.constraint_using_index,
    **kinds.REPAIRS,
}


def make_plan(reference: Model, result: DiffResult, *, replace_definitions: bool = False,
              online: bool = False, invalid_indexes: frozenset[tuple[str, str]] = frozenset()) -> Plan:
    return Planner(reference, result, replace_definitions=replace_definitions, online=online,
                   invalid_indexes=invalid_indexes).plan()


def describe(change: Change) -> str:
    return change.obj.display
