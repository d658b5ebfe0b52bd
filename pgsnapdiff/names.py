"""Names as pg_dump writes them, turned into the parts our keys use.

pg_dump qualifies every name; hand-written SQL may not, and PostgreSQL then resolves it in the
default ``public`` schema (the usual ``search_path``). Keys always carry the schema, so both forms
compare equal.
"""

from __future__ import annotations

from collections.abc import Iterable

from pglast import ast, enums

DEFAULT_SCHEMA = "public"

_INPUT_MODES = {
    enums.FunctionParameterMode.FUNC_PARAM_IN,
    enums.FunctionParameterMode.FUNC_PARAM_INOUT,
    enums.FunctionParameterMode.FUNC_PARAM_VARIADIC,
    enums.FunctionParameterMode.FUNC_PARAM_DEFAULT,
}


def qualified(rv: ast.RangeVar) -> tuple[str, str]:
    """(schema, name) of a RangeVar."""
    return (rv.schemaname or DEFAULT_SCHEMA, rv.relname)


def names(items: Iterable[ast.Node] | None) -> list[str]:
    return [item.sval for item in items or ()]


def qualified_list(items: Iterable[ast.Node] | None) -> tuple[str, str]:
    """(schema, name) of a dotted name list such as a type or function name."""
    parts = names(items)
    return (parts[-2], parts[-1]) if len(parts) > 1 else (DEFAULT_SCHEMA, parts[0])


# Internal names of built-in types that hand-written SQL may use instead of the standard spelling
# (``int4`` for ``integer``): PostgreSQL resolves them to the same pg_catalog type.
BUILTIN_TYPES = frozenset({
    "int2", "int4", "int8", "float4", "float8", "bool", "varchar", "bpchar", "numeric", "timestamp",
    "timestamptz", "time", "timetz", "interval", "bit", "varbit",
})


def canonical_type(node: ast.TypeName) -> ast.TypeName:
    """``int4`` → ``pg_catalog.int4`` (printed ``integer``), like the parser does for ``int``."""
    parts = names(node.names)
    if len(parts) == 1 and parts[0] in BUILTIN_TYPES:
        return ast.TypeName(names=[ast.String("pg_catalog"), ast.String(parts[0])], setof=node.setof,
                            pct_type=node.pct_type, typmods=node.typmods, typemod=node.typemod,
                            arrayBounds=node.arrayBounds)
    return node


def type_name(node: ast.TypeName) -> str:
    """A type as PostgreSQL identifies it: ``integer``, ``app.email``, ``integer[]`` (no typmods,
    which do not take part in a function's identity)."""
    from .parse import deparse

    node = canonical_type(node)
    shell = ast.TypeName(names=node.names, setof=False, pct_type=node.pct_type, typemod=-1,
                         arrayBounds=[ast.Integer(-1)] * len(node.arrayBounds or ()) or None)
    return deparse(shell)


def is_input(param: ast.FunctionParameter) -> bool:
    return param.mode in _INPUT_MODES


def signature(params: Iterable[ast.FunctionParameter] | None) -> str:
    """Identity of a function or procedure: the types of its input arguments, e.g. ``integer, text``.

    Overloads differ by this signature; argument names, defaults and OUT arguments do not count."""
    return ", ".join(type_name(p.argType) for p in params or () if is_input(p))


def signature_of(obj: ast.ObjectWithArgs) -> str:
    """The signature an ``ObjectWithArgs`` (COMMENT ON FUNCTION, GRANT ... ON FUNCTION) names."""
    if obj.objfuncargs:
        return signature(obj.objfuncargs)
    return ", ".join(type_name(t) for t in obj.objargs or ())
