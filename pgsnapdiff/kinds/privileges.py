"""Privileges: ``GRANT`` (and ``ALTER DEFAULT PRIVILEGES ... GRANT``), compared only with
``--privileges``, since roles differ between environments.

One object per privilege, grantee and object (and column), so that a missing grant is additive:
``GRANT`` is idempotent as it is; it runs in a ``DO`` block that holds it back with a warning when
the role does not exist on the target. ``GRANT ALL`` is expanded into the privileges it stands for,
so ``ALL`` on one side and the full list on the other compare equal (default privileges too).

``ALL`` on a table includes ``MAINTAIN`` (PostgreSQL 17+): pg_dump 17 and later write ``ALL`` only
when all eight privileges are granted, and list seven for a table of an older server. A target whose
server predates ``MAINTAIN`` cannot have it, so it is not compared there (``without_unknown_privileges``):
a reference built on PostgreSQL 18 compares equal with a PostgreSQL 16 production holding the seven.

What ``PUBLIC`` may do in schema ``public`` is not compared: it is the server's default, which
PostgreSQL 15 changed (``USAGE`` and ``CREATE`` before, ``USAGE`` since), and pg_dump writes the
older default of a server before 15 as ``REVOKE``/``GRANT`` statements. Compared, a reference built
on PostgreSQL 14 granted ``CREATE`` on ``public`` to everyone on a PostgreSQL 15+ target (the very
opening 15 closed), and a PostgreSQL 14 target differed from any newer reference forever.

A ``REVOKE`` in the reference (pg_dump writes ``REVOKE ALL ON FUNCTION f() FROM PUBLIC`` when the
default ``EXECUTE`` was taken away) is a fact that can only be reported: taking a privilege away
is not additive, and pgsnapdiff never does it. Except from a function the plan creates: there the
``REVOKE EXECUTE ... FROM PUBLIC`` runs right after its ``CREATE``, in the same guarded block, and
takes back only what that ``CREATE`` just granted (a ``SECURITY DEFINER`` function the reference
locks down was left callable by everyone).
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import ClassVar

from pglast import ast, enums

from .. import sqlbuild as sb
from ..model import Key, Model, SchemaObject
from ..names import qualified, qualified_list, signature_of
from ..parse import deparse
from .security import role_name

GRANT_PHASE = 105
MAINTAIN_SINCE = 17  # the PostgreSQL major version that added the MAINTAIN privilege
_ALL = {
    "table": ("SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE", "REFERENCES", "TRIGGER", "MAINTAIN"),
    "column": ("SELECT", "INSERT", "UPDATE", "REFERENCES"),
    "sequence": ("USAGE", "SELECT", "UPDATE"),
    "function": ("EXECUTE",), "procedure": ("EXECUTE",), "routine": ("EXECUTE",),
    "schema": ("USAGE", "CREATE"), "database": ("CREATE", "CONNECT", "TEMPORARY"),
    "large object": ("SELECT", "UPDATE"), "tablespace": ("CREATE",),
}
# ALTER DEFAULT PRIVILEGES ... ON <objtype>: what ALL stands for
_DEFAULT_ALL = {"tables": _ALL["table"], "sequences": _ALL["sequence"], "functions": ("EXECUTE",),
                "routines": ("EXECUTE",), "types": ("USAGE",), "schemas": ("USAGE", "CREATE"),
                "largeobjects": _ALL["large object"]}


@dataclass(frozen=True)
class Grant(SchemaObject):
    """One privilege granted (or, ``revoked``, taken away) on one object to one role."""

    kind: ClassVar[str] = "privilege"
    compared: ClassVar[tuple[str, ...]] = ("grantable",)
    privilege_fact: ClassVar[bool] = True
    objtype: str = ""  # "table", "function", "schema", ...
    target: tuple[str, ...] = ()  # (schema, name) / (schema, name, signature) / (name,)
    column: str = ""
    grantee: str = ""
    privilege: str = ""
    grantable: bool = False
    revoked: bool = False
    node: ast.GrantStmt | None = field(default=None, compare=False, repr=False)

    @property
    def plannable(self) -> bool:  # type: ignore[override]
        return not self.revoked

    @property
    def parent(self) -> Key | None:
        """A routine's own ``EXECUTE`` taken from ``PUBLIC`` belongs to it: created with it."""
        return ("function", *self.target) if self.revokes_execute_from_public else None

    @property
    def with_new_parent(self) -> bool:
        return self.revokes_execute_from_public

    @property
    def revokes_execute_from_public(self) -> bool:
        return (self.revoked and self.grantee == "public" and self.privilege == "EXECUTE"
                and self.objtype in ("function", "procedure", "routine"))

    @property
    def key(self) -> Key:
        return ("revoked privilege" if self.revoked else "privilege", self.objtype, *self.target, self.column,
                self.grantee, self.privilege)

    @property
    def display(self) -> str:
        what = f"{self.privilege}{f'({self.column})' if self.column else ''}"
        target = ".".join(self.target[:2]) + (f"({self.target[2]})" if len(self.target) > 2 else "")
        verb = "revoked from" if self.revoked else "to"
        return f"privilege {what} on {self.objtype} {target} {verb} {self.grantee}"

    def depends_on(self) -> tuple[Key, ...]:
        if self.objtype in ("table", "sequence"):
            return (("relation", *self.target),)
        if self.objtype in ("function", "procedure", "routine"):
            return (("function", *self.target),)
        return (("type" if self.objtype == "domain" else self.objtype, *self.target),)


@dataclass(frozen=True)
class DefaultPrivilege(SchemaObject):
    kind: ClassVar[str] = "default privilege"
    compared: ClassVar[tuple[str, ...]] = ("grantable",)
    privilege_fact: ClassVar[bool] = True
    role: str = ""  # FOR ROLE (empty: the role running it)
    schema: str = ""  # IN SCHEMA (empty: everywhere)
    objtype: str = ""  # TABLES, FUNCTIONS, ...
    grantee: str = ""
    privilege: str = ""
    grantable: bool = False
    revoked: bool = False
    node: ast.AlterDefaultPrivilegesStmt | None = field(default=None, compare=False, repr=False)

    @property
    def plannable(self) -> bool:  # type: ignore[override]
        return not self.revoked

    @property
    def key(self) -> Key:
        return ("default privilege", self.role, self.schema, self.objtype, self.grantee, self.privilege,
                "revoked" if self.revoked else "granted")

    @property
    def display(self) -> str:
        where = f" in schema {self.schema}" if self.schema else ""
        verb = "revoked from" if self.revoked else "to"
        return (f"default privilege {self.privilege} on {self.objtype}{where} for role {self.role} "
                f"{verb} {self.grantee}")


def _objtype(node: ast.GrantStmt) -> str:
    return node.objtype.name.removeprefix("OBJECT_").lower().replace("_", " ")


def _targets(node: ast.GrantStmt) -> list[tuple[str, ...]]:
    out: list[tuple[str, ...]] = []
    for obj in node.objects or ():
        if isinstance(obj, ast.RangeVar):
            out.append(qualified(obj))
        elif isinstance(obj, ast.ObjectWithArgs):
            out.append((*qualified_list(obj.objname), signature_of(obj)))
        elif isinstance(obj, ast.String):
            out.append((obj.sval,))
        elif isinstance(obj, (list, tuple)):
            out.append(qualified_list(obj))
        elif isinstance(obj, ast.TypeName):
            out.append(qualified_list(obj.names))
        else:
            out.append((deparse(obj),))
    return out


def _privileges(node: ast.GrantStmt, objtype: str) -> list[tuple[str, str]]:
    """(privilege, column) pairs, ``ALL`` expanded."""
    if not node.privileges:  # ALL
        return [(p, "") for p in _ALL.get(objtype, ("USAGE",))]
    out = []
    for priv in node.privileges:
        name = (priv.priv_name or "all").upper()
        for col in [c.sval for c in priv.cols or ()] or [""]:
            names = _ALL["column" if col else objtype] if name == "ALL" else (name,)
            out.extend((n, col) for n in names)
    return out


# -- build ---------------------------------------------------------------------------------------
def build_grant(b, stmt, node: ast.GrantStmt) -> None:
    if node.targtype != enums.GrantTargetType.ACL_TARGET_OBJECT:
        b.unsupported(stmt, "privilege", "ALL IN SCHEMA")
        return
    objtype = _objtype(node)
    for target in _targets(node):
        for grantee in node.grantees or ():
            if objtype == "schema" and target == ("public",) and role_name(grantee) == "public":
                continue  # the server's default, which depends on its version (see above)
            for privilege, column in _privileges(node, objtype):
                b.add(Grant(source=stmt, objtype=objtype, target=target, column=column,
                            grantee=role_name(grantee), privilege=privilege,
                            grantable=bool(node.grant_option), revoked=not node.is_grant,
                            node=node))


def build_default_privileges(b, stmt, node: ast.AlterDefaultPrivilegesStmt) -> None:
    roles, schemas = [""], [""]
    for opt in node.options or ():
        if opt.defname == "roles":
            roles = [role_name(r) for r in opt.arg]
        elif opt.defname == "schemas":
            schemas = [s.sval for s in opt.arg]
    action = node.action
    objtype = action.objtype.name.removeprefix("OBJECT_").lower() + "s"
    privileges = [(p.priv_name or "all").upper() for p in action.privileges or ()] or ["ALL"]
    if "ALL" in privileges and objtype in _DEFAULT_ALL:
        privileges = list(_DEFAULT_ALL[objtype])
    for role in roles:
        for schema in schemas:
            for grantee in action.grantees or ():
                for privilege in privileges:
                    b.add(DefaultPrivilege(source=stmt, role=role, schema=schema, objtype=objtype,
                                           grantee=role_name(grantee), privilege=privilege,
                                           grantable=bool(action.grant_option), revoked=not action.is_grant,
                                           node=node))


def without_unknown_privileges(model: Model, server_major: int) -> Model:
    """``model`` without the privileges a server of ``server_major`` does not know (MAINTAIN before
    17): a target on such a server cannot have them, and planning them would fail its apply."""
    if server_major >= MAINTAIN_SINCE:
        return model
    kept = Model(model.origin)
    for obj in model:
        if not (isinstance(obj, Grant | DefaultPrivilege) and obj.privilege == "MAINTAIN"):
            kept.add(obj)
    return kept


# -- plan ----------------------------------------------------------------------------------------
def _held_back_if_no_role(statement: str, what: str) -> str:
    return sb.do_block(_if_the_role_exists(statement, what))


def _if_the_role_exists(statement: str, what: str) -> str:
    return sb.catch(sb.statement(statement), ("undefined_object",),
                    f"{what}: the role does not exist here; create it, then re-run")


def revoke_from_public(obj: Grant) -> str:
    """``REVOKE EXECUTE ON FUNCTION f(...) FROM PUBLIC`` for a routine the plan creates (plan_routine
    runs it in the block that creates the routine; safety.py allows it only there)."""
    node = copy.copy(obj.node)
    node.privileges = [ast.AccessPriv(priv_name="execute")]
    node.grantees = [g for g in obj.node.grantees if role_name(g) == "public"]
    node.objects = [o for o, t in zip(obj.node.objects, _targets(obj.node), strict=True) if t == obj.target]
    return deparse(node)


def plan_grant(p, obj: Grant) -> None:
    if obj.revoked:  # only planned with a new routine (diff.py), whose creation runs it
        p.folded += 1
        return
    node = copy.copy(obj.node)
    node.privileges = [ast.AccessPriv(priv_name=obj.privilege.lower(),
                                      cols=[ast.String(obj.column)] if obj.column else None)]
    node.grantees = [g for g in obj.node.grantees if role_name(g) == obj.grantee]
    node.objects = [o for o, t in zip(obj.node.objects, _targets(obj.node), strict=True) if t == obj.target]
    if obj.objtype == "table" and p.waits_with(*obj.target[:2]):  # a view the plan may hold back
        p.emit_waiting(_if_the_role_exists(deparse(node), obj.display), "grant", obj, GRANT_PHASE,
                       [".".join(obj.target[:2])])
        return
    p.emit(_held_back_if_no_role(deparse(node), obj.display), "grant", obj, GRANT_PHASE, may_hold_back=True)


def plan_default_privilege(p, obj: DefaultPrivilege) -> None:
    node = copy.deepcopy(obj.node)
    options = []
    for opt in node.options or ():
        if opt.defname == "roles":
            opt.arg = [r for r in opt.arg if role_name(r) == obj.role]
        elif opt.defname == "schemas":
            opt.arg = [s for s in opt.arg if s.sval == obj.schema]
        options.append(opt)
    node.options = options or None
    node.action.grantees = [g for g in node.action.grantees if role_name(g) == obj.grantee]
    privilege = [ast.AccessPriv(priv_name=obj.privilege.lower())]
    node.action.privileges = None if obj.privilege == "ALL" else privilege
    p.emit(_held_back_if_no_role(deparse(node), obj.display), "grant", obj, GRANT_PHASE, may_hold_back=True)


BUILDERS = {ast.GrantStmt: build_grant, ast.AlterDefaultPrivilegesStmt: build_default_privileges}
PLANNERS = {Grant: plan_grant, DefaultPrivilege: plan_default_privilege}
