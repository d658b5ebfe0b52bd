"""Row-level security: ``ENABLE``/``FORCE ROW LEVEL SECURITY`` and policies (keyed by table and name).

- A missing policy is created in a ``DO`` block guarded on pg_policy. Roles differ between
  environments: a policy for a role the target does not have is held back with a warning instead
  of failing the deploy.
- ``ENABLE ROW LEVEL SECURITY`` is idempotent as it is. It is ordered after the table's policies,
  so that within the plan a table never has RLS on without the policies the reference gives it.
- Disabling RLS, or a policy that differs, is only reported: either would widen or narrow access.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar

from pglast import ast, enums

from .. import sqlbuild as sb
from ..model import Key, SchemaObject
from ..names import qualified
from ..parse import deparse
from .normalize import canonical

POLICY_PHASE = 97
AT = enums.AlterTableType


@dataclass(frozen=True)
class RowSecurity(SchemaObject):
    """RLS switched on for a table (``forced``: also for the table's owner)."""

    kind: ClassVar[str] = "row security"
    schema: str = ""
    table: str = ""
    forced: bool = False

    @property
    def key(self) -> Key:
        return ("force row security" if self.forced else "row security", self.schema, self.table)

    @property
    def parent(self) -> Key | None:
        return ("table", self.schema, self.table)

    @property
    def display(self) -> str:
        return f"{'forced ' if self.forced else ''}row level security on {self.schema}.{self.table}"


@dataclass(frozen=True)
class Policy(SchemaObject):
    kind: ClassVar[str] = "policy"
    compared: ClassVar[tuple[str, ...]] = ("permissive", "command", "roles", "using", "with_check")
    schema: str = ""
    table: str = ""
    name: str = ""
    permissive: bool = True
    command: str = "all"
    roles: tuple[str, ...] = ("public",)
    using: str = ""
    with_check: str = ""
    node: ast.CreatePolicyStmt | None = field(default=None, compare=False, repr=False)

    @property
    def key(self) -> Key:
        return ("policy", self.schema, self.table, self.name)

    @property
    def parent(self) -> Key | None:
        return ("table", self.schema, self.table)

    @property
    def display(self) -> str:
        return f"policy {self.name} on {self.schema}.{self.table}"


def role_name(role: ast.RoleSpec) -> str:
    if role.roletype == enums.RoleSpecType.ROLESPEC_CSTRING:
        return role.rolename
    return role.roletype.name.removeprefix("ROLESPEC_").lower()  # public, current_user, ...


# -- build ---------------------------------------------------------------------------------------
def build_policy(b, stmt, node: ast.CreatePolicyStmt) -> None:
    schema, table = qualified(node.table)
    roles = tuple(sorted(role_name(r) for r in node.roles or ())) or ("public",)
    b.add(Policy(source=stmt, schema=schema, table=table, name=node.policy_name, permissive=node.permissive,
                 command=(node.cmd_name or "all").lower(), roles=roles,
                 using=deparse(canonical(node.qual)), with_check=deparse(canonical(node.with_check)),
                 node=node))


def at_row_security(b, stmt, schema: str, table: str, cmd: ast.AlterTableCmd) -> bool:
    """ENABLE/FORCE add the fact; DISABLE/NO FORCE (the default state) take it away again."""
    forced = cmd.subtype in (AT.AT_ForceRowSecurity, AT.AT_NoForceRowSecurity)
    fact = RowSecurity(source=stmt, schema=schema, table=table, forced=forced)
    if cmd.subtype in (AT.AT_EnableRowSecurity, AT.AT_ForceRowSecurity):
        b.add(fact)
    else:
        b.model.objects.pop(fact.key, None)
    return True


# -- plan ----------------------------------------------------------------------------------------
def plan_policy(p, obj: Policy) -> None:
    create = sb.catch(sb.statement(obj.node), ("undefined_object",),
                      f"{obj.display}: a role it names does not exist here; create the role, then re-run")
    if reads := p.doubted(obj):  # an expression on a column, or a function, of another shape in the target
        create = p.waiting(create, obj, reads)
    body = sb.if_block(f"NOT {sb.policy_exists(obj.schema, obj.table, obj.name)}", create)
    p.emit(sb.do_block(body), "create", obj, POLICY_PHASE, may_hold_back=True)


def plan_row_security(p, obj: RowSecurity) -> None:
    subtype = AT.AT_ForceRowSecurity if obj.forced else AT.AT_EnableRowSecurity
    node = sb.alter_table(obj.schema, obj.table, sb.table_cmd(subtype))
    p.emit(node, "set", obj, POLICY_PHASE + 1)


BUILDERS = {ast.CreatePolicyStmt: build_policy}
ALTER_TABLE = {subtype: at_row_security for subtype in (AT.AT_EnableRowSecurity, AT.AT_ForceRowSecurity,
                                                         AT.AT_DisableRowSecurity, AT.AT_NoForceRowSecurity)}
PLANNERS = {Policy: plan_policy, RowSecurity: plan_row_security}
