"""Functions, procedures and aggregates: model, build, plan.

Keyed by signature, ``("function", schema, name, "integer, text")``: overloads are different
objects, and a function whose argument types change is a new object (the old one is reported as
only in the target, never dropped). Everything else is compared field by field, so a report says
what differs: arguments (names, defaults), return type, language, body, options.

A missing routine is created in a ``DO`` block guarded on ``to_regprocedure`` (plain ``CREATE``:
it never replaces). ``check_function_bodies`` is turned off first, as pg_dump does: a SQL function
body may name a table created later in the plan, or rely on its own ``SET search_path`` while the
plan runs with an empty one. A differing routine is reported; with ``--replace-definitions`` it is
replaced by ``CREATE OR REPLACE``, which PostgreSQL refuses (the step is then held back with a
warning) when the return type or an argument name would change.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import ClassVar

from pglast import ast, enums

from .. import sqlbuild as sb
from ..model import Key, SchemaObject
from ..names import qualified_list, signature, signature_of
from ..parse import deparse
from . import privileges
from .normalize import canonical, query_text

ROUTINE_PHASE = 45
NO_BODY_CHECK = "SET LOCAL check_function_bodies = off;"

_MODES = {"d": "IN", "i": "IN", "o": "OUT", "b": "INOUT", "v": "VARIADIC", "t": "TABLE"}
# Options at their default value: pg_dump leaves them out, hand-written SQL may spell them out.
_DEFAULTS = {("volatility", "volatile"), ("strict", "false"), ("security", "false"), ("leakproof", "false"),
             ("parallel", "unsafe"), ("window", "false")}


@dataclass(frozen=True)
class Routine(SchemaObject):
    kind: ClassVar[str] = "function"
    compared: ClassVar[tuple[str, ...]] = ("routine", "arguments", "returns", "language", "body", "options")
    replaceable: ClassVar[bool] = True
    schema: str = ""
    name: str = ""
    signature: str = ""
    routine: str = "function"  # or "procedure"
    arguments: tuple[str, ...] = ()
    returns: str = ""
    language: str = ""
    body: str = ""
    options: tuple[str, ...] = ()
    sql_body: bool = False  # BEGIN ATOMIC / RETURN: parsed at creation, its dependencies are tracked
    node: ast.CreateFunctionStmt | None = field(default=None, compare=False, repr=False)

    @property
    def key(self) -> Key:
        return ("function", self.schema, self.name, self.signature)

    @property
    def display(self) -> str:
        return f"{self.routine} {self.schema}.{self.name}({self.signature})"


@dataclass(frozen=True)
class Aggregate(SchemaObject):
    kind: ClassVar[str] = "aggregate"
    compared: ClassVar[tuple[str, ...]] = ("definition",)
    schema: str = ""
    name: str = ""
    signature: str = ""
    definition: str = ""
    node: ast.DefineStmt | None = field(default=None, compare=False, repr=False)

    @property
    def key(self) -> Key:
        return ("function", self.schema, self.name, self.signature)

    @property
    def display(self) -> str:
        return f"aggregate {self.schema}.{self.name}({self.signature})"


def _argument(param: ast.FunctionParameter) -> str:
    mode = _MODES.get(param.mode.value if param.mode else "d", "IN")
    text = " ".join(part for part in (mode, param.name or "", deparse(canonical(param.argType))) if part)
    return text + (f" DEFAULT {deparse(canonical(param.defexpr))}" if param.defexpr is not None else "")


def _option(opt: ast.DefElem, language: str, returns_set: bool) -> str | None:
    arg = opt.arg
    if isinstance(arg, (list, tuple)):
        value = ".".join(deparse(a) if not isinstance(a, ast.String) else a.sval for a in arg)
    else:
        value = deparse(arg) if isinstance(arg, ast.Node) else "" if arg is None else str(arg)
    value = value.strip("'").lower() if isinstance(arg, (ast.String, ast.Boolean)) else value
    if isinstance(arg, ast.Boolean):
        value = "true" if arg.boolval else "false"
    if (opt.defname, value) in _DEFAULTS:
        return None
    if opt.defname == "cost" and value == ("1" if language in ("c", "internal") else "100"):
        return None
    if opt.defname == "rows" and returns_set and value == "1000":
        return None
    return f"{opt.defname}={value}"


def _body(node: ast.CreateFunctionStmt) -> str:
    if node.sql_body is not None:
        parts = node.sql_body if isinstance(node.sql_body, (list, tuple)) else [node.sql_body]
        flat = [s for part in parts for s in (part if isinstance(part, (list, tuple)) else [part])]
        texts = (query_text(s) if isinstance(s, ast.SelectStmt) else deparse(canonical(s)) for s in flat)
        return "; ".join(texts)
    for opt in node.options or ():
        if opt.defname == "as":
            return " | ".join(s.sval for s in opt.arg)
    return ""


def _returns(node: ast.CreateFunctionStmt) -> str:
    if node.returnType is None:
        return ""
    text = deparse(canonical(node.returnType))
    out_modes = (enums.FunctionParameterMode.FUNC_PARAM_OUT, enums.FunctionParameterMode.FUNC_PARAM_INOUT)
    has_out = any(p.mode in out_modes for p in node.parameters or ())
    return "" if has_out and text in ("record", "pg_catalog.record") else text  # implied by OUT args


# -- build ---------------------------------------------------------------------------------------
def build_routine(b, stmt, node: ast.CreateFunctionStmt) -> None:
    schema, name = qualified_list(node.funcname)
    language = next((o.arg.sval.lower() for o in node.options or () if o.defname == "language"), "sql")
    returns_set = bool(node.returnType is not None and node.returnType.setof)
    options = (_option(o, language, returns_set) for o in node.options or ()
               if o.defname not in ("as", "language"))
    b.add(Routine(source=stmt, schema=schema, name=name, signature=signature(node.parameters),
                  routine="procedure" if node.is_procedure else "function",
                  arguments=tuple(_argument(p) for p in node.parameters or ()), returns=_returns(node),
                  language=language, body=_body(node), options=tuple(sorted(o for o in options if o)),
                  sql_body=node.sql_body is not None, node=node))


def build_aggregate(b, stmt, node: ast.DefineStmt) -> None:
    schema, name = qualified_list(node.defnames)
    params = node.args[0] if node.args and isinstance(node.args[0], (list, tuple)) else ()
    definition = sorted(deparse(canonical(d)) for d in node.definition or ())
    b.add(Aggregate(source=stmt, schema=schema, name=name, signature=signature(params),
                    definition=", ".join(definition), node=node))


def aggregate_key(obj: ast.ObjectWithArgs) -> Key:
    return ("function", *qualified_list(obj.objname), signature_of(obj))


# -- plan ----------------------------------------------------------------------------------------
def plan_routine(p, obj: Routine) -> None:
    node = copy.copy(obj.node)
    node.replace = False
    guard = sb.routine_exists(obj.schema, obj.name, obj.signature)
    revokes = [sb.statement(privileges.revoke_from_public(grant))  # the reference takes EXECUTE from
               for grant in p.ref.children(obj.key, privileges.Grant)  # PUBLIC: only right after CREATE
               if p.is_new(grant.key)]
    body = "\n".join([NO_BODY_CHECK, sb.statement(node), *revokes])
    p.emit(sb.do_block(sb.if_block(f"NOT {guard}", body)), "create", obj, ROUTINE_PHASE)


def replace_routine(p, obj: Routine) -> None:
    node = copy.copy(obj.node)
    node.replace = True
    refused = ("invalid_function_definition", "wrong_object_type")
    body = sb.catch(f"{NO_BODY_CHECK}\n{sb.statement(node)}", refused,
                    f"{obj.display}: PostgreSQL cannot replace it in place (its return type, an argument "
                    "name or a default changed); drop and re-create it by hand")
    p.emit(sb.do_block(body), "replace", obj, ROUTINE_PHASE, may_hold_back=True)


def plan_aggregate(p, obj: Aggregate) -> None:
    guard = sb.routine_exists(obj.schema, obj.name, obj.signature)
    body = sb.if_block(f"NOT {guard}", sb.statement(obj.node))
    p.emit(sb.do_block(body), "create", obj, ROUTINE_PHASE + 1)


BUILDERS = {ast.CreateFunctionStmt: build_routine}
DEFINE_BUILDERS = {enums.ObjectType.OBJECT_AGGREGATE: build_aggregate}
PLANNERS = {Routine: plan_routine, Aggregate: plan_aggregate}
REPAIRS = {(Routine, "replace"): replace_routine}
