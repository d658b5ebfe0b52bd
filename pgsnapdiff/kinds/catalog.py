"""Smaller catalog objects compared by their whole definition: collations, text search
configurations and dictionaries, extended statistics, operators, casts.

Each is keyed by what makes it unique in PostgreSQL (an operator by name and argument types, a
cast by its two types) and created when missing: ``IF NOT EXISTS`` where PostgreSQL has it
(collations, statistics), otherwise a ``DO`` block guarded on the catalog. A differing one is
reported. A text search configuration carries its mappings (pg_dump writes them as
``ALTER TEXT SEARCH CONFIGURATION ... ADD MAPPING``) and is created with them in one guarded block.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import ClassVar

from pglast import ast, enums

from .. import sqlbuild as sb
from ..model import Key, SchemaObject
from ..names import names, qualified_list, type_name
from ..parse import deparse
from .normalize import canonical

OT = enums.ObjectType


@dataclass(frozen=True)
class Definition(SchemaObject):
    """An object compared by its canonical definition text and created from its statement."""

    kind: ClassVar[str] = "definition"
    compared: ClassVar[tuple[str, ...]] = ("definition",)
    phase: ClassVar[int] = 25
    schema: str = ""
    name: str = ""
    definition: str = ""
    node: ast.Node | None = field(default=None, compare=False, repr=False)

    @property
    def key(self) -> Key:
        return (self.kind, self.schema, self.name)

    def guard(self) -> str | None:
        """EXISTS condition for the guarded create; None when the statement has IF NOT EXISTS."""
        return None


@dataclass(frozen=True)
class Collation(Definition):
    kind: ClassVar[str] = "collation"


@dataclass(frozen=True)
class Statistics(Definition):
    kind: ClassVar[str] = "statistics"
    phase: ClassVar[int] = 91


@dataclass(frozen=True)
class TextSearchDictionary(Definition):
    kind: ClassVar[str] = "text search dictionary"

    def guard(self) -> str | None:
        return sb.named_exists("pg_ts_dict", "dictname", self.name, "dictnamespace", self.schema)


@dataclass(frozen=True)
class TextSearchConfiguration(Definition):
    kind: ClassVar[str] = "text search configuration"
    compared: ClassVar[tuple[str, ...]] = ("definition", "mappings")
    phase: ClassVar[int] = 26
    mappings: tuple[str, ...] = ()
    mapping_nodes: tuple[ast.Node, ...] = field(default=(), compare=False, repr=False)

    def guard(self) -> str | None:
        return sb.named_exists("pg_ts_config", "cfgname", self.name, "cfgnamespace", self.schema)


@dataclass(frozen=True)
class Operator(Definition):
    kind: ClassVar[str] = "operator"
    phase: ClassVar[int] = 46
    left: str = "NONE"
    right: str = "NONE"

    @property
    def key(self) -> Key:
        return ("operator", self.schema, self.name, self.left, self.right)

    @property
    def display(self) -> str:
        return f"operator {self.schema}.{self.name}({self.left}, {self.right})"

    def guard(self) -> str | None:
        return sb.operator_exists(self.schema, self.name, self.left, self.right)


@dataclass(frozen=True)
class Cast(Definition):
    kind: ClassVar[str] = "cast"
    phase: ClassVar[int] = 47

    @property
    def key(self) -> Key:
        return ("cast", self.schema, self.name)  # source type, target type

    @property
    def display(self) -> str:
        return f"cast ({self.schema} AS {self.name})"

    def guard(self) -> str | None:
        return sb.cast_exists(self.schema, self.name)


def _definition(node: ast.Node) -> str:
    shell = canonical(node)
    if hasattr(shell, "if_not_exists"):
        shell.if_not_exists = False
    if isinstance(shell, ast.DefineStmt):
        shell.definition = sorted(shell.definition or (), key=lambda d: d.defname)
    return deparse(shell)


# -- build ---------------------------------------------------------------------------------------
def build_define(b, stmt, node: ast.DefineStmt, cls: type[Definition]) -> None:
    schema, name = qualified_list(node.defnames)
    b.add(cls(source=stmt, schema=schema, name=name, definition=_definition(node), node=node))


def build_operator(b, stmt, node: ast.DefineStmt) -> None:
    schema, name = qualified_list(node.defnames)
    args = {d.defname.lower(): type_name(d.arg) for d in node.definition or ()
            if d.defname.lower() in ("leftarg", "rightarg") and isinstance(d.arg, ast.TypeName)}
    b.add(Operator(source=stmt, schema=schema, name=name, definition=_definition(node), node=node,
                   left=args.get("leftarg", "NONE"), right=args.get("rightarg", "NONE")))


def operator_key(obj: ast.ObjectWithArgs) -> Key:
    schema, name = qualified_list(obj.objname)
    args = (list(obj.objargs or ()) + [None, None])[:2]
    left, right = [type_name(t) if t is not None else "NONE" for t in args]
    return ("operator", schema, name, left, right)


def build_ts_mapping(b, stmt, node: ast.AlterTSConfigurationStmt) -> None:
    schema, name = qualified_list(node.cfgname)
    config = b.model.get(("text search configuration", schema, name))
    adding = node.kind == enums.AlterTSConfigType.ALTER_TSCONFIG_ADD_MAPPING
    if not isinstance(config, TextSearchConfiguration) or not adding:
        b.unsupported(stmt, "text search configuration change", f"{schema}.{name}")
        return
    dicts = ", ".join(".".join(names(d)) for d in node.dicts or ())
    added = tuple(f"{token} = {dicts}" for token in names(node.tokentype))
    b.replace(config.key, mappings=tuple(sorted(config.mappings + added)),
              mapping_nodes=config.mapping_nodes + (node,))


def build_statistics(b, stmt, node: ast.CreateStatsStmt) -> None:
    schema, name = qualified_list(node.defnames)
    b.add(Statistics(source=stmt, schema=schema, name=name, definition=_definition(node), node=node))


def build_cast(b, stmt, node: ast.CreateCastStmt) -> None:
    source, target = type_name(node.sourcetype), type_name(node.targettype)
    b.add(Cast(source=stmt, schema=source, name=target, definition=_definition(node), node=node))


def cast_key(obj) -> Key:
    return ("cast", type_name(obj[0]), type_name(obj[1]))


# -- plan ----------------------------------------------------------------------------------------
def _mapping_sql(node: ast.AlterTSConfigurationStmt) -> str:
    """``ALTER TEXT SEARCH CONFIGURATION ... ADD MAPPING``, written here because pglast 8 prints a
    schema-qualified dictionary as its schema alone (``WITH kb`` for ``WITH kb.simple``). Every name
    still goes through the printer's quoting."""
    def dotted(parts) -> str:
        return ".".join(sb.ident(p) for p in names(parts))

    tokens = ", ".join(sb.ident(t) for t in names(node.tokentype))
    dicts = ", ".join(dotted(d) for d in node.dicts or ())
    return f"ALTER TEXT SEARCH CONFIGURATION {dotted(node.cfgname)} ADD MAPPING FOR {tokens} WITH {dicts}"


def plan_definition(p, obj: Definition) -> None:
    guard = obj.guard()
    if guard is None:
        node = copy.copy(obj.node)
        node.if_not_exists = True
        p.emit(node, "create", obj, obj.phase)
        return
    statements = [deparse(obj.node)]
    if isinstance(obj, TextSearchConfiguration):
        statements += [_mapping_sql(m) for m in obj.mapping_nodes]
    p.emit(sb.guarded_create(guard, *statements), "create", obj, obj.phase)


DEFINE_KINDS: dict[object, type[Definition]] = {
    OT.OBJECT_COLLATION: Collation, OT.OBJECT_TSDICTIONARY: TextSearchDictionary,
    OT.OBJECT_TSCONFIGURATION: TextSearchConfiguration,
}


def _builder(cls: type[Definition]):
    return lambda b, stmt, node: build_define(b, stmt, node, cls)


DEFINE_BUILDERS = {kind: _builder(cls) for kind, cls in DEFINE_KINDS.items()}
DEFINE_BUILDERS[OT.OBJECT_OPERATOR] = build_operator
BUILDERS = {ast.AlterTSConfigurationStmt: build_ts_mapping, ast.CreateStatsStmt: build_statistics,
            ast.CreateCastStmt: build_cast}
PLANNERS = {cls: plan_definition for cls in (Collation, Statistics, TextSearchDictionary,
                                             TextSearchConfiguration, Operator, Cast)}
