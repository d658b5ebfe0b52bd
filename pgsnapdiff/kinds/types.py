"""Domains (with their constraints), composite types (with their attributes) and range types.

All are keyed ``("type", schema, name)`` like enums, since they share one namespace: a type that
changed kind is a difference, not a missing object. The parts that can be added to an existing
type on their own are objects of their own, hence additive:

- a domain constraint: ``ALTER DOMAIN ... ADD CONSTRAINT ... NOT VALID`` (new values are checked at
  once), then ``VALIDATE`` in a sub-block; if existing rows violate it, it stays NOT VALID and a
  warning says so, exactly like a table's check constraint;
- a composite type's attribute: ``ALTER TYPE ... ADD ATTRIBUTE``, guarded on pg_attribute (there is
  no IF NOT EXISTS); existing values get NULL for it, nothing is rewritten.

A new type is created whole, in a ``DO`` block guarded on pg_type.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import ClassVar

from pglast import ast, enums

from .. import sqlbuild as sb
from ..model import Key, SchemaObject
from ..names import qualified, qualified_list
from ..parse import deparse
from .normalize import canonical

TYPE_PHASE = 30
CT = enums.ConstrType


@dataclass(frozen=True)
class Domain(SchemaObject):
    kind: ClassVar[str] = "domain"
    compared: ClassVar[tuple[str, ...]] = ("base_type", "collation", "default", "not_null")
    schema: str = ""
    name: str = ""
    base_type: str = ""
    collation: str = ""
    default: str = ""
    not_null: bool = False
    node: ast.CreateDomainStmt | None = field(default=None, compare=False, repr=False)

    @property
    def key(self) -> Key:
        return ("type", self.schema, self.name)

    def additive_repair(self, fields: tuple) -> str:
        """A default or NOT NULL the target's domain lacks is added, as on a column: ``SET
        DEFAULT``, and ``SET NOT NULL`` held back when stored values are NULL (plan_domain_additions)."""
        added = all((f.field == "default" and f.reference and not f.target)
                    or (f.field == "not_null" and f.reference and not f.target) for f in fields)
        return "additions" if added else ""


@dataclass(frozen=True)
class DomainConstraint(SchemaObject):
    kind: ClassVar[str] = "domain constraint"
    compared: ClassVar[tuple[str, ...]] = ("definition",)
    schema: str = ""
    domain: str = ""
    name: str = ""
    definition: str = ""
    valid: bool = True
    node: ast.Constraint | None = field(default=None, compare=False, repr=False)

    @property
    def key(self) -> Key:
        return ("domain constraint", self.schema, self.domain, self.name)

    @property
    def parent(self) -> Key | None:
        return ("type", self.schema, self.domain)

    @property
    def display(self) -> str:
        return f"constraint {self.name} on domain {self.schema}.{self.domain}"


@dataclass(frozen=True)
class CompositeType(SchemaObject):
    kind: ClassVar[str] = "composite type"
    schema: str = ""
    name: str = ""
    node: ast.CompositeTypeStmt | None = field(default=None, compare=False, repr=False)

    @property
    def key(self) -> Key:
        return ("type", self.schema, self.name)


@dataclass(frozen=True)
class Attribute(SchemaObject):
    kind: ClassVar[str] = "attribute"
    compared: ClassVar[tuple[str, ...]] = ("type", "collation")
    schema: str = ""
    type_name: str = ""
    name: str = ""
    type: str = ""
    collation: str = ""
    node: ast.ColumnDef | None = field(default=None, compare=False, repr=False)

    @property
    def key(self) -> Key:
        return ("attribute", self.schema, self.type_name, self.name)

    @property
    def parent(self) -> Key | None:
        return ("type", self.schema, self.type_name)

    @property
    def display(self) -> str:
        return f"attribute {self.schema}.{self.type_name}.{self.name}"


@dataclass(frozen=True)
class RangeType(SchemaObject):
    kind: ClassVar[str] = "range type"
    compared: ClassVar[tuple[str, ...]] = ("definition",)
    schema: str = ""
    name: str = ""
    definition: str = ""
    node: ast.CreateRangeStmt | None = field(default=None, compare=False, repr=False)

    @property
    def key(self) -> Key:
        return ("type", self.schema, self.name)


def _check_definition(con: ast.Constraint) -> str:
    shell = canonical(con)
    shell.conname = None
    shell.skip_validation = False
    shell.initially_valid = True
    return deparse(shell)


def _default_multirange(name: str) -> str:
    return name.replace("range", "multirange", 1) if "range" in name else f"{name}_multirange"


# -- build ---------------------------------------------------------------------------------------
def build_domain(b, stmt, node: ast.CreateDomainStmt) -> None:
    schema, name = qualified_list(node.domainname)
    default, not_null = "", False
    for con in node.constraints or ():
        if con.contype == CT.CONSTR_DEFAULT:
            default = deparse(canonical(con.raw_expr))
        elif con.contype == CT.CONSTR_NOTNULL:
            not_null = True
        elif con.contype == CT.CONSTR_CHECK:
            add_domain_constraint(b, stmt, schema, name, con)
        elif con.contype != CT.CONSTR_NULL:
            b.unsupported(stmt, "domain constraint", f"{schema}.{name}")
    b.add(Domain(source=stmt, schema=schema, name=name, base_type=deparse(canonical(node.typeName)),
                 collation=deparse(node.collClause) if node.collClause else "", default=default,
                 not_null=not_null, node=node))


def add_domain_constraint(b, stmt, schema: str, domain: str, con: ast.Constraint) -> None:
    b.add(DomainConstraint(source=stmt, schema=schema, domain=domain, name=con.conname or f"{domain}_check",
                           definition=_check_definition(con), valid=not con.skip_validation, node=con))


def build_alter_domain(b, stmt, node: ast.AlterDomainStmt) -> None:
    """pg_dump writes a NOT VALID domain constraint as ``ALTER DOMAIN ... ADD CONSTRAINT``."""
    schema, name = qualified_list(node.typeName)
    if node.subtype == "C" and isinstance(node.def_, ast.Constraint) and node.def_.contype == CT.CONSTR_CHECK:
        add_domain_constraint(b, stmt, schema, name, node.def_)
    elif node.subtype == "V":
        b.replace(("domain constraint", schema, name, node.name), valid=True)
    else:
        b.unsupported(stmt, "domain change", f"{schema}.{name}")


def build_composite(b, stmt, node: ast.CompositeTypeStmt) -> None:
    schema, name = qualified(node.typevar)
    b.add(CompositeType(source=stmt, schema=schema, name=name, node=node))
    for col in node.coldeflist or ():
        add_attribute(b, stmt, schema, name, col)


def add_attribute(b, stmt, schema: str, type_name: str, col: ast.ColumnDef) -> None:
    b.add(Attribute(source=stmt, schema=schema, type_name=type_name, name=col.colname,
                    type=deparse(canonical(col.typeName)),
                    collation=deparse(col.collClause) if col.collClause else "", node=col))


def build_range(b, stmt, node: ast.CreateRangeStmt) -> None:
    schema, name = qualified_list(node.typeName)
    params = [param for param in node.params or () if not _default_multirange_name(param, schema, name)]
    if len(params) < len(node.params or ()):
        node = copy.copy(node)  # what is planned, too: PostgreSQL 13 does not know the option
        node.params = params
    definition = ", ".join(sorted(deparse(canonical(param)) for param in params))
    b.add(RangeType(source=stmt, schema=schema, name=name, definition=definition, node=node))


def _default_multirange_name(param: ast.DefElem, schema: str, name: str) -> bool:
    """``multirange_type_name`` naming what PostgreSQL 14+ picks anyway (pg_dump 14+ always writes
    it; older dumps and hand-written SQL omit it)."""
    if param.defname != "multirange_type_name":
        return False
    named = param.arg.names if isinstance(param.arg, ast.TypeName) else param.arg
    return qualified_list(named) == (schema, _default_multirange(name))


# -- plan ----------------------------------------------------------------------------------------
def plan_domain(p, obj: Domain) -> None:
    node = copy.copy(obj.node)
    # A NOT VALID check cannot be written inside CREATE DOMAIN: it is added after (plan_domain_constraint).
    checks = [c for c in p.ref.children(obj.key, DomainConstraint) if p.is_new(c.key) and c.valid]
    p.folded += len(checks)
    node.constraints = [c for c in node.constraints or () if c.contype != CT.CONSTR_CHECK] + \
        [c.node for c in checks]
    p.emit(sb.guarded_create(sb.type_exists(obj.schema, obj.name), deparse(node)), "create", obj, TYPE_PHASE)


def plan_domain_additions(p, obj: Domain) -> None:
    """The default and NOT NULL the target's domain lacks (Domain.additive_repair). NOT NULL checks
    every stored value of the domain: where one is NULL it is held back with a warning."""
    domain = [ast.String(obj.schema), ast.String(obj.name)]
    change = next(c for c in p.result.changes if c.key == obj.key)
    fields = {f.field for f in change.fields}
    if "default" in fields:
        default = next(c.raw_expr for c in obj.node.constraints if c.contype == CT.CONSTR_DEFAULT)
        p.emit(ast.AlterDomainStmt(subtype="T", typeName=domain, def_=default), "set the default of", obj,
               TYPE_PHASE + 3)
    if "not_null" in fields:
        set_not_null = sb.statement(ast.AlterDomainStmt(subtype="O", typeName=domain))
        body = sb.catch(set_not_null, ("not_null_violation",),
                        f"{obj.display}: stored values are NULL; backfill them, then re-run")
        p.emit(sb.do_block(body), "set NOT NULL on", obj, TYPE_PHASE + 3, may_hold_back=True)


def plan_domain_constraint(p, obj: DomainConstraint) -> None:
    if p.is_new(obj.parent) and obj.valid:
        return  # part of CREATE DOMAIN
    node = copy.copy(obj.node)
    node.skip_validation, node.initially_valid = True, False
    domain = [ast.String(obj.schema), ast.String(obj.domain)]
    add = ast.AlterDomainStmt(subtype="C", typeName=domain, def_=node,
                              behavior=enums.DropBehavior.DROP_RESTRICT)
    exists = sb.domain_constraint_exists(obj.schema, obj.domain, obj.name)
    p.emit(sb.guarded_create(exists, deparse(add)), "add", obj, TYPE_PHASE + 2)
    if obj.valid:
        validate_domain_constraint(p, obj)


def validate_domain_constraint(p, obj: DomainConstraint) -> None:
    node = ast.AlterDomainStmt(subtype="V", typeName=[ast.String(obj.schema), ast.String(obj.domain)],
                               name=obj.name, behavior=enums.DropBehavior.DROP_RESTRICT)
    guarded = sb.catch(sb.statement(node), ("check_violation", "not_null_violation"),
                       f"{obj.display}: existing values violate it; it stays NOT VALID (new values are "
                       "checked); fix the data, then re-run")
    body = sb.if_block(sb.domain_constraint_exists(obj.schema, obj.domain, obj.name, only_unvalidated=True),
                       guarded)
    p.emit(sb.do_block(body), "validate", obj, 85, may_hold_back=True)


def plan_composite(p, obj: CompositeType) -> None:
    node = copy.copy(obj.node)
    attributes = p.ref.children(obj.key, Attribute)
    p.folded += sum(1 for a in attributes if p.is_new(a.key))
    node.coldeflist = [a.node for a in attributes]
    p.emit(sb.guarded_create(sb.type_exists(obj.schema, obj.name), deparse(node)), "create", obj, TYPE_PHASE)


def plan_attribute(p, obj: Attribute) -> None:
    if p.is_new(obj.parent):
        return  # part of CREATE TYPE
    cmd = sb.table_cmd(enums.AlterTableType.AT_AddColumn, def_=obj.node)
    alter = ast.AlterTableStmt(relation=sb.rangevar(obj.schema, obj.type_name), cmds=[cmd],
                               objtype=enums.ObjectType.OBJECT_TYPE, missing_ok=False)
    p.emit(sb.guarded_create(sb.attribute_exists(obj.schema, obj.type_name, obj.name), deparse(alter)),
           "add", obj, TYPE_PHASE + 2)


def plan_range(p, obj: RangeType) -> None:
    exists = sb.type_exists(obj.schema, obj.name)
    p.emit(sb.guarded_create(exists, deparse(obj.node)), "create", obj, TYPE_PHASE)


BUILDERS = {ast.CreateDomainStmt: build_domain, ast.AlterDomainStmt: build_alter_domain,
            ast.CompositeTypeStmt: build_composite, ast.CreateRangeStmt: build_range}
PLANNERS = {Domain: plan_domain, DomainConstraint: plan_domain_constraint, CompositeType: plan_composite,
            Attribute: plan_attribute, RangeType: plan_range}
REPAIRS = {(DomainConstraint, "validate"): validate_domain_constraint,
           (Domain, "additions"): plan_domain_additions}
