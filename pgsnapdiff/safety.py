"""A last check, independent of the planner: every statement a plan would execute is additive.

The planner is built to emit only additive statements; this module proves it for each plan before
it runs, by parsing the SQL again (including the statements inside ``DO`` blocks, via pglast's
PL/pgSQL parser) and allowing only an explicit list of statement kinds. A plan that fails the check
is refused: a bug in the planner must never reach a production database.

``CREATE OR REPLACE`` of a view or function changes behaviour (though it loses no data): it is
allowed only when the user opted in (``--replace-definitions``), which the caller passes as
``allow_replace``. Every other ``OR REPLACE`` (triggers, rules, aggregates) is refused.
"""

from __future__ import annotations

from collections.abc import Iterator

import pglast
from pglast import ast, enums

from .errors import PgSnapDiffError
from .kinds.reported import SETTINGS_OF_NEW
from .names import names, signature, signature_of
from .sqlbuild import qualified_name

AT = enums.AlterTableType

ALLOWED_STATEMENTS = (
    ast.CreateSchemaStmt, ast.CreateExtensionStmt, ast.CreateEnumStmt,
    ast.CreateSeqStmt, ast.CreateStmt, ast.IndexStmt, ast.CommentStmt,
    ast.CreateDomainStmt, ast.CompositeTypeStmt, ast.CreateRangeStmt, ast.CreateEventTrigStmt,
    ast.CreatePolicyStmt, ast.CreatePublicationStmt, ast.CreateStatsStmt, ast.CreateCastStmt,
    ast.AlterEventTrigStmt,
)
# Statements that have an OR REPLACE form: allowed only without it (views and functions: unless opted in).
NO_REPLACE = (ast.DefineStmt, ast.CreateTrigStmt, ast.RuleStmt)
REPLACEABLE = (ast.ViewStmt, ast.CreateFunctionStmt)
ALLOWED_TABLE_CHANGES = {
    AT.AT_AddColumn, AT.AT_ColumnDefault, AT.AT_AddConstraint, AT.AT_ValidateConstraint, AT.AT_SetNotNull,
    AT.AT_EnableRowSecurity, AT.AT_ForceRowSecurity, AT.AT_AttachPartition,
    # the state of a trigger or rule the same guarded block has just created
    AT.AT_EnableTrig, AT.AT_EnableAlwaysTrig, AT.AT_EnableReplicaTrig, AT.AT_DisableTrig,
    AT.AT_EnableRule, AT.AT_EnableAlwaysRule, AT.AT_EnableReplicaRule, AT.AT_DisableRule,
    # the settings of a relation the plan creates (kinds/reported.py): each writes only the catalog,
    # none rewrites a table (SET ACCESS METHOD and SET LOGGED would, and are not here)
    *SETTINGS_OF_NEW,
}
ALLOWED_OTHER_ALTERS = {  # ALTER TYPE ... ADD ATTRIBUTE, ALTER INDEX ... ATTACH PARTITION, settings
    enums.ObjectType.OBJECT_TYPE: {AT.AT_AddColumn},
    enums.ObjectType.OBJECT_INDEX: {AT.AT_AttachPartition, *SETTINGS_OF_NEW},
    enums.ObjectType.OBJECT_MATVIEW: set(SETTINGS_OF_NEW),
}
READ_ONLY_FUNCTIONS = {"pg_catalog.set_config", "pg_catalog.to_regprocedure", "pg_catalog.to_regoperator",
                       "pg_catalog.to_regtype", "max"}


class UnsafePlan(PgSnapDiffError):
    """The plan contains a statement that is not additive: refused, nothing run."""


def executed_statements(sql: str) -> Iterator[ast.Node]:
    """Every statement ``sql`` would execute, looking inside DO blocks."""
    for raw in pglast.parse_sql(sql):
        node = raw.stmt
        if isinstance(node, ast.DoStmt):
            yield from _do_block_statements(node)
        else:
            yield node


def _do_block_statements(node: ast.DoStmt) -> Iterator[ast.Node]:
    body = next(arg.arg.sval for arg in node.args if arg.defname == "as")
    language = next((arg.arg.sval for arg in node.args if arg.defname == "language"), "plpgsql")
    if language != "plpgsql":
        raise UnsafePlan(f"DO block in language {language}")
    tag = "$pgsnapdiff_check$"
    while tag in body:
        tag = tag[:-1] + "_$"
    tree = pglast.parse_plpgsql(f"CREATE FUNCTION f() RETURNS void LANGUAGE plpgsql AS {tag}{body}{tag}")
    previous: ast.Node | None = None
    for kind, value in _walk(tree):
        if kind == "PLpgSQL_stmt_execsql":
            for raw in pglast.parse_sql(value["sqlstmt"]["PLpgSQL_expr"]["query"]):
                if not _takes_back_what_was_just_created(raw.stmt, previous):
                    yield raw.stmt
                previous = raw.stmt
        elif kind == "PLpgSQL_stmt_perform":  # PERFORM q: the SELECT q, checked as any other
            yield from (raw.stmt for raw in pglast.parse_sql(value["expr"]["PLpgSQL_expr"]["query"]))
        elif kind == "PLpgSQL_expr" and value.get("parseMode") == 2:  # an expression (IF condition...)
            yield from (raw.stmt for raw in pglast.parse_sql("SELECT " + value["query"]))
        elif kind.startswith("PLpgSQL_stmt_") and kind not in _PLPGSQL_ALLOWED:
            raise UnsafePlan(f"DO block uses {kind.removeprefix('PLpgSQL_stmt_')}")


def _takes_back_what_was_just_created(node: ast.Node, previous: ast.Node | None) -> bool:
    """``REVOKE EXECUTE ON FUNCTION f(...) FROM PUBLIC`` right after ``CREATE FUNCTION f(...)`` in
    one block (kinds/routines.py): it takes back only the grant that CREATE just made, so it is part
    of the creation. Anywhere else a REVOKE is refused."""
    if not (isinstance(node, ast.GrantStmt) and not node.is_grant
            and isinstance(previous, ast.CreateFunctionStmt) and node.objtype in _ROUTINES
            and [p.priv_name for p in node.privileges or ()] == ["execute"] and len(node.objects) == 1
            and [g.roletype for g in node.grantees] == [enums.RoleSpecType.ROLESPEC_PUBLIC]):
        return False
    target = node.objects[0]
    return (names(target.objname) == names(previous.funcname)
            and signature_of(target) == signature(previous.parameters))


_ROUTINES = (enums.ObjectType.OBJECT_FUNCTION, enums.ObjectType.OBJECT_PROCEDURE)


_PLPGSQL_ALLOWED = {"PLpgSQL_stmt_block", "PLpgSQL_stmt_if", "PLpgSQL_stmt_execsql", "PLpgSQL_stmt_raise",
                    "PLpgSQL_stmt_return"}


def _walk(value) -> Iterator[tuple[str, dict]]:
    if isinstance(value, dict):
        for key, inner in value.items():
            if isinstance(inner, dict) and key.startswith("PLpgSQL_"):
                yield key, inner
            yield from _walk(inner)
    elif isinstance(value, list):
        for item in value:
            yield from _walk(item)


def violation(node: ast.Node, *, allow_replace: bool = False) -> str | None:
    """Why ``node`` is not an additive statement, or None when it is."""
    if isinstance(node, ALLOWED_STATEMENTS):
        return None
    if isinstance(node, NO_REPLACE):
        return f"{type(node).__name__} OR REPLACE" if node.replace else None
    if isinstance(node, REPLACEABLE):
        return f"{type(node).__name__} OR REPLACE without --replace-definitions" \
            if node.replace and not allow_replace else None
    if isinstance(node, ast.CreateTableAsStmt):
        return None if node.objtype == enums.ObjectType.OBJECT_MATVIEW else "CREATE TABLE AS"
    if isinstance(node, ast.AlterEnumStmt):
        return None if node.oldVal is None else "ALTER TYPE ... RENAME VALUE"
    if isinstance(node, ast.SelectStmt):
        return _select_violation(node)
    if isinstance(node, ast.AlterTableStmt):
        allowed = ALLOWED_TABLE_CHANGES if node.objtype == enums.ObjectType.OBJECT_TABLE \
            else ALLOWED_OTHER_ALTERS.get(node.objtype, set())
        bad = [c.subtype.name for c in node.cmds if c.subtype not in allowed]
        return f"ALTER {node.objtype.name.removeprefix('OBJECT_')} {', '.join(bad)}" if bad else None
    if isinstance(node, ast.AlterSeqStmt):
        names = [o.defname for o in node.options or ()]
        return None if names == ["owned_by"] else f"ALTER SEQUENCE {', '.join(names)}"
    return _other_violation(node)


def _other_violation(node: ast.Node) -> str | None:
    if isinstance(node, ast.AlterDomainStmt):
        # ADD CONSTRAINT, VALIDATE, SET NOT NULL, SET DEFAULT (not DROP DEFAULT: "T" without a value)
        additive = node.subtype in ("C", "V", "O") or (node.subtype == "T" and node.def_ is not None)
        return None if additive else f"ALTER DOMAIN ({node.subtype})"
    if isinstance(node, ast.AlterTSConfigurationStmt):
        add = enums.AlterTSConfigType.ALTER_TSCONFIG_ADD_MAPPING
        return None if node.kind == add else "ALTER TEXT SEARCH CONFIGURATION"
    if isinstance(node, ast.AlterPublicationStmt):
        add = enums.AlterPublicationAction.AP_AddObjects
        return None if node.action == add and not node.options else "ALTER PUBLICATION"
    if isinstance(node, ast.GrantStmt):
        return None if node.is_grant else "REVOKE"
    if isinstance(node, ast.AlterDefaultPrivilegesStmt):
        return None if node.action.is_grant else "ALTER DEFAULT PRIVILEGES ... REVOKE"
    if isinstance(node, ast.VariableSetStmt):  # pg_dump's own setting for creating functions
        ok = node.name == "check_function_bodies" and node.is_local
        return None if ok else f"SET {node.name}"
    return type(node).__name__


def _select_violation(node: ast.SelectStmt) -> str | None:
    """A read-only catalog check, or set_config of the search_path: anything else is suspicious."""
    if node.intoClause is not None:
        return "SELECT INTO"
    for call in _ast_walk(node):
        if isinstance(call, ast.FuncCall):
            func = ".".join(s.sval for s in call.funcname)
            if func not in READ_ONLY_FUNCTIONS and not _only_moves_forward(call):
                return f"function call {func}"
    return None


def _only_moves_forward(call: ast.FuncCall) -> bool:
    """``pg_catalog.setval('s', GREATEST(..., (SELECT last_value FROM s)))``: a new sequence moved
    past the values its column holds already, never back."""
    if [n.sval for n in call.funcname] != ["pg_catalog", "setval"] or len(call.args or ()) != 2:
        return False
    name, value = call.args
    if not (isinstance(name, ast.A_Const) and isinstance(name.val, ast.String)
            and isinstance(value, ast.MinMaxExpr) and value.op == enums.MinMaxOp.IS_GREATEST):
        return False
    for arg in value.args:
        select = arg.subselect if isinstance(arg, ast.SubLink) else None
        if not isinstance(select, ast.SelectStmt) or len(select.fromClause or ()) != 1 \
                or len(select.targetList) != 1:
            continue
        relation = select.fromClause[0]
        if not isinstance(relation, ast.RangeVar):
            continue
        if _names(select.targetList[0].val) == ["last_value"] \
                and name.val.sval == qualified_name(relation.schemaname or "public", relation.relname):
            return True
    return False


def _names(node: ast.Node) -> list[str]:
    return names(node.fields) if isinstance(node, ast.ColumnRef) \
        and all(isinstance(f, ast.String) for f in node.fields) else []


def _ast_walk(node) -> Iterator[ast.Node]:
    if isinstance(node, ast.Node):
        yield node
        for name in node:
            yield from _ast_walk(getattr(node, name))
    elif isinstance(node, (list, tuple)):
        for item in node:
            yield from _ast_walk(item)


def check_additive(sql: str, *, what: str = "plan", allow_replace: bool = False) -> None:
    """Raise UnsafePlan unless every statement ``sql`` would execute is additive."""
    try:
        reasons = [violation(node, allow_replace=allow_replace) for node in executed_statements(sql)]
        reason = next((r for r in reasons if r is not None), None)
    except UnsafePlan as exc:
        reason = str(exc)
    except pglast.parser.ParseError as exc:  # a statement pgsnapdiff printed wrongly: run none of them
        raise UnsafePlan(f"refusing to run the {what}: a statement in it does not parse ({exc}); "
                         "this is a pgsnapdiff bug, please report it") from None
    if reason is not None:
        raise UnsafePlan(f"refusing to run the {what}: it contains a non-additive statement ({reason}); "
                         "this is a pgsnapdiff bug, please report it")
