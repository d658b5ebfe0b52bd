"""Views and materialized views: model, build, plan.

- A missing view is created in a ``DO`` block guarded on pg_class (plain ``CREATE VIEW``: it never
  replaces anything). A view that differs is reported with both definitions; with
  ``--replace-definitions`` it is replaced by ``CREATE OR REPLACE VIEW``, which PostgreSQL only
  allows when the existing columns keep their names and types (otherwise the step is held back
  with a warning: that change needs a drop, which pgsnapdiff never does).
- A new view that reads a relation or function differing in the target (a view that gained the
  column it selects, a column of another type) may not be creatable yet: its step catches the
  errors that say so and holds it back with a warning, so the rest of the plan applies; so does a
  new view that reads such a held-back view.
- A missing materialized view is created populated (``WITH DATA``): pg_dump's schema-only text
  always says ``WITH NO DATA``, but an unpopulated view fails every query until someone refreshes
  it. A differing one is only reported (it cannot be replaced in place).
- Definitions are compared in canonical form (see normalize.py), so PostgreSQL 15 and 18 dumps of
  the same view compare equal.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import ClassVar

from pglast import ast

from .. import sqlbuild as sb
from ..model import Key, SchemaObject
from ..names import qualified
from ..parse import deparse
from .normalize import query_text

VIEW_PHASE = 75


def _options(options) -> tuple[str, ...]:
    """``security_barrier='true'`` and ``security_barrier = true`` are the same option."""
    out = []
    for opt in options or ():
        arg = opt.arg
        value = "true" if arg is None else deparse(arg) if isinstance(arg, ast.Node) else str(arg)
        out.append(f"{opt.defname}={value.strip(chr(39)).lower()}")
    return tuple(sorted(out))


@dataclass(frozen=True)
class View(SchemaObject):
    kind: ClassVar[str] = "view"
    compared: ClassVar[tuple[str, ...]] = ("query", "columns", "options", "check_option")
    replaceable: ClassVar[bool] = True
    schema: str = ""
    name: str = ""
    query: str = ""
    columns: tuple[str, ...] = ()  # explicit column names, when given: CREATE VIEW v (a, b)
    options: tuple[str, ...] = ()
    check_option: str = ""
    node: ast.ViewStmt | None = field(default=None, compare=False, repr=False)

    @property
    def key(self) -> Key:
        return ("view", self.schema, self.name)


@dataclass(frozen=True)
class MaterializedView(SchemaObject):
    kind: ClassVar[str] = "materialized view"
    compared: ClassVar[tuple[str, ...]] = ("query", "columns", "options", "access_method")
    schema: str = ""
    name: str = ""
    query: str = ""
    columns: tuple[str, ...] = ()
    options: tuple[str, ...] = ()
    access_method: str = ""
    node: ast.CreateTableAsStmt | None = field(default=None, compare=False, repr=False)

    @property
    def key(self) -> Key:
        return ("materialized view", self.schema, self.name)


# -- build ---------------------------------------------------------------------------------------
def build_view(b, stmt, node: ast.ViewStmt) -> None:
    """pg_dump writes a view twice when it breaks a dependency loop (a placeholder, then ``CREATE
    OR REPLACE``): the last definition wins, at the place of the first."""
    schema, name = qualified(node.view)
    check = node.withCheckOption.name.removesuffix("_CHECK_OPTION").lower() if node.withCheckOption else ""
    b.add(View(source=stmt, schema=schema, name=name, query=query_text(node.query),
               columns=tuple(s.sval for s in node.aliases or ()), options=_options(node.options),
               check_option="" if check == "no" else check, node=node))


def build_matview(b, stmt, node: ast.CreateTableAsStmt) -> None:
    from pglast import enums

    if node.objtype != enums.ObjectType.OBJECT_MATVIEW:
        b.unsupported(stmt, "CREATE TABLE AS")
        return
    into = node.into
    schema, name = qualified(into.rel)
    b.add(MaterializedView(source=stmt, schema=schema, name=name, query=query_text(node.query),
                           columns=tuple(s.sval for s in into.colNames or ()),
                           options=_options(into.options), access_method=into.accessMethod or "",
                           node=node))


# -- plan ----------------------------------------------------------------------------------------
def _create_view(p, obj, create: str, phase: int, exists: str | None = None) -> None:
    """``create``, or, when the view reads something in doubt (``Planner.in_doubt``), the same in a
    sub-block that holds it back with a warning, and the view in doubt for the views that read it."""
    reads = p.doubted(obj)
    if not reads:
        p.emit(sb.guarded_create(exists, create) if exists else create, "create", obj, phase)
        return
    p.in_doubt.add(("relation", obj.schema, obj.name))
    p.emit_waiting(sb.statement(create), "create", obj, phase, reads, exists=exists)


def plan_view(p, obj: View) -> None:
    node = copy.copy(obj.node)
    node.replace = False
    _create_view(p, obj, deparse(node), VIEW_PHASE, sb.relation_exists(obj.schema, obj.name))


def replace_view(p, obj: View) -> None:
    node = copy.copy(obj.node)
    node.replace = True
    body = sb.catch(sb.statement(node), ("invalid_table_definition", "feature_not_supported"),
                    f"{obj.display}: PostgreSQL cannot replace it in place (a column was removed, renamed "
                    "or retyped); drop and re-create it by hand")
    if reads := p.doubted(obj):  # a view it reads may be held back (just above) or of another shape
        body = p.waiting(body, obj, reads)
    p.emit(sb.do_block(body), "replace", obj, VIEW_PHASE, may_hold_back=True)


def plan_matview(p, obj: MaterializedView) -> None:
    node = copy.copy(obj.node)
    node.if_not_exists = True
    node.into = copy.copy(node.into)
    node.into.skipData = False
    _create_view(p, obj, deparse(node), VIEW_PHASE + 1)


BUILDERS = {ast.ViewStmt: build_view, ast.CreateTableAsStmt: build_matview}
PLANNERS = {View: plan_view, MaterializedView: plan_matview}
REPAIRS = {(View, "replace"): replace_view}
