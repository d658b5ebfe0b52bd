"""Triggers (keyed by table and name), event triggers and rules: model, build, plan.

A missing one is created in a ``DO`` block guarded on its catalog (pg_trigger, pg_event_trigger,
pg_rewrite): plain ``CREATE``, which works on every server version, where ``CREATE OR REPLACE
TRIGGER`` would need PostgreSQL 14 and would replace a differing trigger. A trigger that pg_dump
shows disabled (``ALTER TABLE ... DISABLE TRIGGER``) is created and disabled in the same guarded
block, so an existing trigger's state is never touched. A differing one is reported.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import ClassVar

from pglast import ast, enums

from .. import compose
from .. import sqlbuild as sb
from ..model import Key, SchemaObject
from ..names import qualified
from ..parse import deparse, same_tree
from .normalize import canonical

TRIGGER_PHASE = 97
AT = enums.AlterTableType
_STATES = {AT.AT_EnableTrig: "O", AT.AT_EnableAlwaysTrig: "A", AT.AT_EnableReplicaTrig: "R",
           AT.AT_DisableTrig: "D", AT.AT_EnableRule: "O", AT.AT_EnableAlwaysRule: "A",
           AT.AT_EnableReplicaRule: "R", AT.AT_DisableRule: "D"}
_STATE_NAMES = {"O": "enabled", "A": "enabled always", "R": "enabled on replicas only", "D": "disabled"}
_STATE_COMMANDS = {"A": (AT.AT_EnableAlwaysTrig, AT.AT_EnableAlwaysRule),
                   "R": (AT.AT_EnableReplicaTrig, AT.AT_EnableReplicaRule),
                   "D": (AT.AT_DisableTrig, AT.AT_DisableRule)}


@dataclass(frozen=True)
class Trigger(SchemaObject):
    kind: ClassVar[str] = "trigger"
    compared: ClassVar[tuple[str, ...]] = ("definition", "enabled")
    schema: str = ""
    table: str = ""
    name: str = ""
    definition: str = ""
    enabled: str = "enabled"
    node: ast.CreateTrigStmt | None = field(default=None, compare=False, repr=False)
    # The definition is the statement as printed when canonicalising changed nothing (no type
    # alias, relation already qualified): the plan uses it instead of printing again.
    as_written: bool = field(default=False, compare=False, repr=False)

    @property
    def key(self) -> Key:
        return ("trigger", self.schema, self.table, self.name)

    @property
    def parent(self) -> Key | None:
        return ("table", self.schema, self.table)

    @property
    def display(self) -> str:
        return f"trigger {self.name} on {self.schema}.{self.table}"


@dataclass(frozen=True)
class Rule(Trigger):
    kind: ClassVar[str] = "rule"
    node: ast.RuleStmt | None = field(default=None, compare=False, repr=False)

    @property
    def key(self) -> Key:
        return ("rule", self.schema, self.table, self.name)

    @property
    def display(self) -> str:
        return f"rule {self.name} on {self.schema}.{self.table}"


@dataclass(frozen=True)
class EventTrigger(SchemaObject):
    kind: ClassVar[str] = "event trigger"
    compared: ClassVar[tuple[str, ...]] = ("definition", "enabled")
    name: str = ""
    definition: str = ""
    enabled: str = "enabled"
    node: ast.CreateEventTrigStmt | None = field(default=None, compare=False, repr=False)

    @property
    def key(self) -> Key:
        return ("event trigger", self.name)


def _definition(node: ast.Node, relation_attr: str) -> tuple[str, bool]:
    """The canonical text, and whether it is also what printing ``node`` (not replacing) gives."""
    shell = canonical(node)
    rel = getattr(shell, relation_attr)
    as_written = bool(rel.schemaname) and not node.replace and same_tree(shell, node)
    rel.schemaname, rel.relname = qualified(rel)
    shell.replace = False
    return deparse(shell), as_written


# -- build ---------------------------------------------------------------------------------------
def build_trigger(b, stmt, node: ast.CreateTrigStmt) -> None:
    schema, table = qualified(node.relation)
    definition, as_written = _definition(node, "relation")
    b.add(Trigger(source=stmt, schema=schema, table=table, name=node.trigname, definition=definition,
                  node=node, as_written=as_written))


def build_rule(b, stmt, node: ast.RuleStmt) -> None:
    schema, table = qualified(node.relation)
    definition, as_written = _definition(node, "relation")
    b.add(Rule(source=stmt, schema=schema, table=table, name=node.rulename, definition=definition,
               node=node, as_written=as_written))


def build_event_trigger(b, stmt, node: ast.CreateEventTrigStmt) -> None:
    b.add(EventTrigger(source=stmt, name=node.trigname, definition=deparse(node), node=node))


def build_event_trigger_state(b, stmt, node: ast.AlterEventTrigStmt) -> None:
    state = _STATE_NAMES.get(node.tgenabled, node.tgenabled)
    if not b.replace(("event trigger", node.trigname), enabled=state):
        b.unsupported(stmt, "event trigger state", node.trigname)


def at_trigger_state(b, stmt, schema: str, table: str, cmd: ast.AlterTableCmd) -> bool:
    """``ALTER TABLE t DISABLE TRIGGER x`` (or RULE): a state of an object defined before."""
    kind = "rule" if "Rule" in cmd.subtype.name else "trigger"
    return b.replace((kind, schema, table, cmd.name), enabled=_STATE_NAMES[_STATES[cmd.subtype]])


# -- plan ----------------------------------------------------------------------------------------
def _state_command(obj: Trigger) -> list[str]:
    code = next((c for c, name in _STATE_NAMES.items() if name == obj.enabled), "O")
    if code == "O":
        return []
    subtype = _STATE_COMMANDS[code][1 if isinstance(obj, Rule) else 0]
    return [deparse(sb.alter_table(obj.schema, obj.table, sb.table_cmd(subtype, name=obj.name)))]


def plan_trigger(p, obj: Trigger) -> None:
    if obj.as_written and compose.COMPOSE:
        create = obj.definition
    else:
        node = copy.copy(obj.node)
        node.replace = False
        create = deparse(node)
    exists = (sb.rule_exists if isinstance(obj, Rule) else sb.trigger_exists)(obj.schema, obj.table, obj.name)
    statements = (create, *_state_command(obj))
    if reads := p.doubted(obj):  # its function, or a column of its WHEN, of another shape in the target
        body = "\n".join(sb.statement(s) for s in statements)
        p.emit_waiting(body, "create", obj, TRIGGER_PHASE, reads, exists=exists)
        return
    p.emit(sb.guarded_create(exists, *statements), "create", obj, TRIGGER_PHASE)


def plan_event_trigger(p, obj: EventTrigger) -> None:
    statements = [deparse(obj.node)]
    if obj.enabled != "enabled":
        code = next(c for c, name in _STATE_NAMES.items() if name == obj.enabled)
        statements.append(deparse(ast.AlterEventTrigStmt(trigname=obj.name, tgenabled=code)))
    p.emit(sb.guarded_create(sb.named_exists("pg_event_trigger", "evtname", obj.name), *statements),
           "create", obj, TRIGGER_PHASE + 2)


BUILDERS = {ast.CreateTrigStmt: build_trigger, ast.RuleStmt: build_rule,
            ast.CreateEventTrigStmt: build_event_trigger, ast.AlterEventTrigStmt: build_event_trigger_state}
ALTER_TABLE = {subtype: at_trigger_state for subtype in _STATES}
PLANNERS = {Trigger: plan_trigger, Rule: plan_trigger, EventTrigger: plan_event_trigger}
