"""Partitions: which table is attached to which partitioned table, and with which bounds.

pg_dump writes a partition as a plain ``CREATE TABLE`` plus ``ALTER TABLE ONLY parent ATTACH
PARTITION child FOR VALUES ...``, and a partitioned index as ``CREATE INDEX ... ON ONLY`` plus
``ALTER INDEX parent ATTACH PARTITION child``. We model the attachments as objects of their own:

- a missing partition is created like any table, gets its constraints and indexes, and is then
  attached in a ``DO`` block guarded on ``relispartition``. PostgreSQL adopts the partition's
  matching indexes instead of building new ones. Where PostgreSQL refuses (the default partition
  holds rows that belong to the new partition; the target's parent is not partitioned, or has a
  column the reference's has not), the step is held back with a warning saying why, instead of
  failing the deploy;
- a missing index attachment runs ``ALTER INDEX ... ATTACH PARTITION`` (a no-op when already
  attached), only once the index's table is a partition;
- a partition attached elsewhere or with other bounds, or a different partition key (compared on
  the table), is reported: re-partitioning moves data.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from pglast import ast, enums

from .. import sqlbuild as sb
from ..diff import Differs, Extra
from ..model import Constraint, Index, Key, SchemaObject
from ..names import qualified
from ..parse import deparse

ATTACH_PHASE = 92
AT = enums.AlterTableType


@dataclass(frozen=True)
class Partition(SchemaObject):
    kind: ClassVar[str] = "partition"
    compared: ClassVar[tuple[str, ...]] = ("parent_table", "bound")
    schema: str = ""
    table: str = ""
    parent_table: tuple[str, str] = ("", "")  # (schema, table) it is attached to
    bound: str = ""

    @property
    def key(self) -> Key:
        return ("partition", self.schema, self.table)

    @property
    def display(self) -> str:
        return f"partition {self.schema}.{self.table} of {'.'.join(self.parent_table)}"

    def depends_on(self) -> tuple[Key, ...]:
        return (("table", self.schema, self.table), ("table", *self.parent_table))


@dataclass(frozen=True)
class IndexAttachment(SchemaObject):
    kind: ClassVar[str] = "index attachment"
    compared: ClassVar[tuple[str, ...]] = ("parent_index",)
    schema: str = ""
    index: str = ""
    table: str = ""  # the index's table, a partition
    parent_index: tuple[str, str] = ("", "")

    @property
    def key(self) -> Key:
        return ("index attachment", self.schema, self.index)

    @property
    def display(self) -> str:
        return f"index {self.schema}.{self.index} as a partition of {'.'.join(self.parent_index)}"

    def depends_on(self) -> tuple[Key, ...]:
        return (("index", self.schema, self.index), ("index", *self.parent_index),
                ("partition", self.schema, self.table))


def partition_depth(model, schema: str, table: str) -> int:
    """How deep ``table`` sits in a partition tree (0: not a partition). Partitions get their
    constraints and indexes before their parents do, so that the parent's adopt them."""
    depth, seen = 0, set()
    key = ("partition", schema, table)
    while (part := model.get(key)) is not None and key not in seen and depth < 10:
        seen.add(key)
        depth += 1
        key = ("partition", *part.parent_table)
    return depth


# -- build ---------------------------------------------------------------------------------------
def at_attach(b, stmt, schema: str, table: str, cmd: ast.AlterTableCmd) -> bool:
    child = qualified(cmd.def_.name)
    b.add(Partition(source=stmt, schema=child[0], table=child[1], parent_table=(schema, table),
                    bound=deparse(cmd.def_.bound)))
    return True


def index_attach(b, stmt, node: ast.AlterTableStmt) -> bool:
    """``ALTER INDEX parent ATTACH PARTITION child``: False for any other ALTER INDEX."""
    if len(node.cmds) != 1 or node.cmds[0].subtype != AT.AT_AttachPartition:
        return False
    parent = qualified(node.relation)
    schema, index = qualified(node.cmds[0].def_.name)
    table = _table_of_index(b.model, schema, index)
    b.add(IndexAttachment(source=stmt, schema=schema, index=index, table=table, parent_index=parent))
    return True


def _table_of_index(model, schema: str, index: str) -> str:
    found = model.get(("index", schema, index))
    if isinstance(found, Index):
        return found.table
    for obj in model:  # the index of a primary key or unique constraint bears the constraint's name
        if isinstance(obj, Constraint) and obj.schema == schema and obj.name == index:
            return obj.table
    return ""


# -- plan ----------------------------------------------------------------------------------------
def plan_partition(p, obj: Partition) -> None:
    cmd = sb.table_cmd(AT.AT_AttachPartition, def_=ast.PartitionCmd(
        name=sb.rangevar(obj.schema, obj.table), bound=_bound(p, obj), concurrent=False))
    attach = sb.statement(sb.alter_table(*obj.parent_table, cmd))
    # check_violation: rows of the default partition belong in it; the target's parent is not
    # partitioned: invalid_object_definition (PostgreSQL 15), wrong_object_type (18); datatype_mismatch:
    # its columns differ from the partition's.
    refusals = ("check_violation", "invalid_object_definition", "wrong_object_type", "datatype_mismatch")
    guarded = sb.catch(attach, refusals,
                       f"{obj.display}: the target does not allow it yet (rows of the default partition "
                       "that belong in it, or a parent partitioned otherwise or with other columns); "
                       "fix that, then re-run")
    body = sb.if_block(f"NOT {sb.is_partition(obj.schema, obj.table)}", guarded)
    p.emit(sb.do_block(body), "attach", obj, ATTACH_PHASE, may_hold_back=True)


def _bound(p, obj: Partition) -> ast.PartitionBoundSpec:
    source = obj.source.node if obj.source is not None else None
    if isinstance(source, ast.AlterTableStmt):
        for cmd in source.cmds:
            if cmd.subtype == AT.AT_AttachPartition and qualified(cmd.def_.name) == (obj.schema, obj.table):
                return cmd.def_.bound
    raise ValueError(f"{obj.display}: no bound in its statement")  # pragma: no cover


def plan_index_attachment(p, obj: IndexAttachment) -> None:
    child = ast.PartitionCmd(name=sb.rangevar(obj.schema, obj.index), concurrent=False)
    node = ast.AlterTableStmt(relation=sb.rangevar(*obj.parent_index), objtype=enums.ObjectType.OBJECT_INDEX,
                              cmds=[sb.table_cmd(AT.AT_AttachPartition, def_=child)], missing_ok=False)
    attach = sb.statement(node)
    refusing = _refusing_parents(p)
    parent = obj.parent_index
    may_refuse = (obj.schema, obj.table, parent) in refusing or ("", "", parent) in refusing
    if may_refuse:
        # The target's parent index is defined otherwise (reported): invalid_object_definition;
        # another index of that partition is attached to it: object_not_in_prerequisite_state; the
        # name is a plain index of another table's: wrong_object_type.
        attach = sb.catch(attach, ("invalid_object_definition", "object_not_in_prerequisite_state",
                                   "wrong_object_type"),
                          f"{obj.display}: the target's index {'.'.join(obj.parent_index)} does not match "
                          "it, or has another index of that partition; fix that, then re-run")
    # Only once the table is attached: waits, like that attachment, when existing rows hold it back.
    body = sb.if_block(sb.is_partition(obj.schema, obj.table), attach) if obj.table else attach
    p.emit(sb.do_block(body), "attach", obj, ATTACH_PHASE + 1, may_hold_back=bool(obj.table) or may_refuse)


def _refusing_parents(p) -> set[tuple[str, str, tuple[str, str]]]:
    """Where the target may refuse an index attachment: (schema, partition, parent index) for a
    parent that has another index of that partition attached in the target, and ("", "", parent
    index) for a parent index the target defines otherwise."""
    if p.memo.get("refusing parents") is None:
        refusing = set()
        for change in p.result.changes:
            obj = change.obj
            if isinstance(change, Differs) and obj.key[0] == "index":
                refusing.add(("", "", (obj.schema, obj.name)))
            elif isinstance(change, Extra) and isinstance(obj, IndexAttachment):
                refusing.add((obj.schema, obj.table, obj.parent_index))
        p.memo["refusing parents"] = refusing
    return p.memo["refusing parents"]


ALTER_TABLE = {AT.AT_AttachPartition: at_attach}
PLANNERS = {Partition: plan_partition, IndexAttachment: plan_index_attachment}
