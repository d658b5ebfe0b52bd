"""Kinds that are compared and reported, never created: pgsnapdiff has no safe, idempotent way to
create them on its own, or creating them is a decision for a person.

- foreign-data wrappers, servers, user mappings and foreign tables (they name servers, hosts and
  credentials of one environment); a user mapping's option values are never shown or compared,
  since they hold passwords;
- operator classes and families, conversions, transforms, access methods, base (C) types, text
  search parsers and templates, security labels: these come with C code, normally from an
  extension, which pgsnapdiff does create;
- table settings pg_dump writes as ``ALTER TABLE`` (``REPLICA IDENTITY``, ``SET STATISTICS``,
  ``CLUSTER ON``, column storage, ...): each changes how the server works with existing data.
  A table (index, materialized view) that the plan creates gets them, though: it holds no rows
  yet, and without them it would never match the reference (``SETTINGS_OF_NEW``).

A missing one is reported with ⚠ (create it by hand); a differing one with both definitions.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from typing import ClassVar

from pglast import ast, enums

from ..model import Key, SchemaObject
from ..names import qualified, qualified_list
from ..parse import deparse
from .normalize import canonical

OT = enums.ObjectType
AT = enums.AlterTableType

# The settings a relation created by the plan is given as the reference has it, right after its
# indexes: on a relation with no rows each only writes the catalog. (On an existing table, the same
# statement changes how the server stores, plans or replicates rows already there: reported.)
SETTINGS_OF_NEW = frozenset({AT.AT_ReplicaIdentity, AT.AT_SetStatistics, AT.AT_SetStorage,
                             AT.AT_SetCompression, AT.AT_SetOptions, AT.AT_ClusterOn, AT.AT_SetRelOptions})
SETTING_PHASE = 92  # after indexes (90) and constraints: REPLICA IDENTITY USING INDEX, CLUSTER ON name one
_SETTING_NAMES = {"ReplicaIdentity": "replica identity", "SetStatistics": "statistics target",
                  "SetStorage": "storage", "SetCompression": "compression", "SetOptions": "options",
                  "ClusterOn": "clustering index", "SetRelOptions": "storage parameters"}
_OWNERS = {"table setting": "table", "index setting": "index",
           "materialized view setting": "materialized view"}


@dataclass(frozen=True)
class Reported(SchemaObject):
    """An object compared by its definition text; ``what`` names its kind for people."""

    compared: ClassVar[tuple[str, ...]] = ("definition",)
    plannable: ClassVar[bool] = False
    what: str = ""
    identity: tuple[str, ...] = ()
    definition: str = ""

    @property
    def kind(self) -> str:  # type: ignore[override]  # per object: "foreign table", "conversion", ...
        return self.what

    @property
    def key(self) -> Key:
        return (self.what, *self.identity)

    @property
    def display(self) -> str:
        return f"{self.what} {'.'.join(i for i in self.identity if i)}"


@dataclass(frozen=True)
class TableSetting(Reported):
    node: ast.Node | None = field(default=None, compare=False, repr=False)  # the AlterTableCmd
    objtype: OT = OT.OBJECT_TABLE  # ALTER TABLE, ALTER INDEX, ...

    @property
    def parent(self) -> Key | None:
        return (_OWNERS.get(self.what, "table"), *self.identity[:2])

    @property
    def with_new_parent(self) -> bool:
        return self.what in _OWNERS and self.node is not None and self.node.subtype in SETTINGS_OF_NEW

    def depends_on(self) -> tuple[Key, ...]:
        """``REPLICA IDENTITY USING INDEX i`` and ``CLUSTER ON i`` need index ``i``, which may be
        a constraint's."""
        index = _index_named(self.node)
        schema, table = self.identity[:2]
        if index is None:
            return (self.parent,)
        return (self.parent, ("index", schema, index), ("constraint", schema, table, index))

    @property
    def display(self) -> str:
        schema, table, setting, column = self.identity
        owner = self.what.removesuffix(" setting")
        words = _SETTING_NAMES.get(setting) or re.sub(r"(?<!^)(?=[A-Z])", " ", setting).lower()  # Set X
        if column and setting != "ClusterOn":  # CLUSTER ON's name is the index's
            return f"{words} of {owner} column {schema}.{table}.{column}"
        return f"{words} of {owner} {schema}.{table}"


def _index_named(cmd: ast.Node | None) -> str | None:
    if cmd is None:
        return None
    if cmd.subtype == AT.AT_ClusterOn:
        return cmd.name
    if cmd.subtype == AT.AT_ReplicaIdentity and cmd.def_.identity_type == "i":
        return cmd.def_.name
    return None


def plan_setting(p, obj: TableSetting) -> None:
    """A setting of a relation the plan creates (diff.py plans no other): the reference's own
    ``ALTER`` statement, which is idempotent as it is."""
    from .. import sqlbuild as sb

    relation = sb.rangevar(*obj.identity[:2])
    relation.inh = obj.objtype != OT.OBJECT_TABLE  # ALTER TABLE ONLY, as pg_dump writes it
    node = ast.AlterTableStmt(relation=relation, cmds=[obj.node], objtype=obj.objtype, missing_ok=False)
    if p.waits_with(*obj.identity[:2]):  # a materialized view the plan may hold back
        p.emit_waiting(sb.statement(node), "set", obj, SETTING_PHASE, [".".join(obj.identity[:2])])
        return
    p.emit(node, "set", obj, SETTING_PHASE)


def _reported(b, stmt, what: str, identity: tuple[str, ...], node: ast.Node | None = None) -> None:
    definition = deparse(canonical(node or stmt.node))
    b.add(Reported(source=stmt, what=what, identity=identity, definition=definition))


def build_fdw(b, stmt, node: ast.CreateFdwStmt) -> None:
    _reported(b, stmt, "foreign-data wrapper", (node.fdwname,))


def build_server(b, stmt, node: ast.CreateForeignServerStmt) -> None:
    _reported(b, stmt, "foreign server", (node.servername,))


def build_user_mapping(b, stmt, node: ast.CreateUserMappingStmt) -> None:
    """Options of a user mapping hold passwords: compare and show only their names."""
    shell = copy.deepcopy(node)
    for opt in shell.options or ():
        opt.arg = ast.String("…")
    from .security import role_name

    user = role_name(node.user)
    _reported(b, stmt, "user mapping", (user, node.servername), shell)


def build_foreign_table(b, stmt, node: ast.CreateForeignTableStmt) -> None:
    _reported(b, stmt, "foreign table", qualified(node.base.relation))


def build_named(what: str, attr: str):
    def build(b, stmt, node) -> None:
        value = getattr(node, attr)
        identity = qualified_list(value) if isinstance(value, (list, tuple)) else (str(value),)
        _reported(b, stmt, what, identity)
    return build


def build_security_label(b, stmt, node: ast.SecLabelStmt) -> None:
    target = deparse(node.object) if isinstance(node.object, ast.Node) else ".".join(
        deparse(o) if not isinstance(o, ast.String) else o.sval for o in node.object or ())
    kind = node.objtype.name.removeprefix("OBJECT_").lower()
    _reported(b, stmt, "security label", (node.provider or "", kind, target))


def build_define(what: str):
    def build(b, stmt, node: ast.DefineStmt) -> None:
        _reported(b, stmt, what, qualified_list(node.defnames))
    return build


def at_setting(b, stmt, schema: str, table: str, cmd: ast.AlterTableCmd) -> bool:
    """Any ALTER TABLE sub-command no other kind models: compared as text, reported."""
    from .. import sqlbuild as sb

    setting = cmd.subtype.name.removeprefix("AT_")
    text = deparse(sb.alter_table(schema, table, cmd))
    # pg_dump sets a materialized view's column statistics with ALTER TABLE too
    kind = "materialized view" if ("materialized view", schema, table) in b.model.objects else "table"
    b.add(TableSetting(source=stmt, what=f"{kind} setting", identity=(schema, table, setting, cmd.name or ""),
                       definition=text, node=cmd))
    return True


def other_alter(b, stmt, node: ast.AlterTableStmt) -> None:
    """ALTER INDEX / VIEW / MATERIALIZED VIEW / FOREIGN TABLE settings, e.g. ``CLUSTER ON``."""
    schema, name = qualified(node.relation)
    kind = node.objtype.name.removeprefix("OBJECT_").lower().replace("_", " ")
    for cmd in node.cmds:
        if cmd.subtype == enums.AlterTableType.AT_ChangeOwner:
            continue  # owners are not compared
        text = deparse(ast.AlterTableStmt(relation=node.relation, cmds=[cmd], objtype=node.objtype,
                                          missing_ok=False))
        column = cmd.name or (str(cmd.num) if cmd.num else "")  # ALTER INDEX ... ALTER COLUMN 2
        identity = (schema, name, cmd.subtype.name.removeprefix("AT_"), column)
        b.add(TableSetting(source=stmt, what=f"{kind} setting", identity=identity, definition=text, node=cmd,
                           objtype=node.objtype))


BUILDERS = {
    ast.CreateFdwStmt: build_fdw, ast.CreateForeignServerStmt: build_server,
    ast.CreateUserMappingStmt: build_user_mapping, ast.CreateForeignTableStmt: build_foreign_table,
    ast.CreateOpClassStmt: build_named("operator class", "opclassname"),
    ast.CreateOpFamilyStmt: build_named("operator family", "opfamilyname"),
    ast.AlterOpFamilyStmt: lambda b, stmt, node: _reported(
        b, stmt, "operator family member", (*qualified_list(node.opfamilyname), deparse(node))),
    ast.CreateConversionStmt: build_named("conversion", "conversion_name"),
    ast.CreateAmStmt: build_named("access method", "amname"),
    ast.CreateTransformStmt: lambda b, stmt, node: _reported(
        b, stmt, "transform", (deparse(node.type_name), node.lang)),
    ast.CreatePLangStmt: build_named("language", "plname"),
    ast.SecLabelStmt: build_security_label,
}
PLANNERS = {TableSetting: plan_setting}
DEFINE_BUILDERS = {OT.OBJECT_TYPE: build_define("base type"),
                   OT.OBJECT_TSPARSER: build_define("text search parser"),
                   OT.OBJECT_TSTEMPLATE: build_define("text search template")}
