"""Small builders of AST nodes and guarded blocks, rendered by pglast.

Names are never pasted into SQL text: identifiers go through pglast's printer (which quotes mixed
case, spaces, quotes, reserved words and non-ASCII), values through string-literal nodes. The only
text we assemble is the PL/pgSQL body of a ``DO`` block, out of pieces rendered that way; pglast then
picks a dollar-quote tag that does not occur in the body.
"""

from __future__ import annotations

from pglast import ast, enums

from .parse import deparse

WARNING_PREFIX = "pgsnapdiff: held back: "


def rangevar(schema: str, name: str) -> ast.RangeVar:
    return ast.RangeVar(schemaname=schema, relname=name, inh=True, relpersistence="p")


def ident(name: str) -> str:
    """A quoted-as-needed identifier."""
    return deparse(ast.ColumnRef(fields=[ast.String(sval=name)]))


def qualified_name(schema: str, name: str) -> str:
    return deparse(rangevar(schema, name))


def literal(value: str) -> str:
    return deparse(ast.A_Const(val=ast.String(sval=value)))


def defelem(name: str, arg: ast.Node | list | None) -> ast.DefElem:
    return ast.DefElem(defname=name, arg=arg, defaction=enums.DefElemAction.DEFELEM_UNSPEC)


def alter_table(schema: str, table: str, *cmds: ast.AlterTableCmd) -> ast.AlterTableStmt:
    return ast.AlterTableStmt(relation=rangevar(schema, table), cmds=list(cmds),
                              objtype=enums.ObjectType.OBJECT_TABLE, missing_ok=False)


def table_cmd(subtype: enums.AlterTableType, *, name: str | None = None, def_: ast.Node | None = None,
              missing_ok: bool = False) -> ast.AlterTableCmd:
    return ast.AlterTableCmd(subtype=subtype, name=name, def_=def_, missing_ok=missing_ok,
                             behavior=enums.DropBehavior.DROP_RESTRICT, recurse=False, num=0)


def do_block(body: str) -> str:
    """``DO`` with a PL/pgSQL body, indented for reading."""
    node = ast.DoStmt(args=[defelem("as", ast.String(sval=f"\nBEGIN\n{_indent(body)}\nEND\n"))])
    return deparse(node)


def _indent(text: str, by: str = "  ") -> str:
    return "\n".join(by + line if line else line for line in text.split("\n"))


def if_block(condition: str, then: str, otherwise: str | None = None) -> str:
    out = f"IF {condition} THEN\n{_indent(then)}"
    if otherwise:
        out += f"\nELSE\n{_indent(otherwise)}"
    return out + "\nEND IF;"


def warn(message: str, with_error: bool = False) -> str:
    """A WARNING the applier collects; ``USING MESSAGE`` so a ``%`` in a name is not a placeholder."""
    text = literal(WARNING_PREFIX + message)
    if with_error:
        text += " || ': ' || SQLERRM"
    return f"RAISE WARNING USING MESSAGE = {text};"


def catch(statement: str, errors: tuple[str, ...], message: str) -> str:
    """Run ``statement`` in a sub-block; on one of ``errors`` keep going with a warning."""
    return (f"BEGIN\n{_indent(statement)}\nEXCEPTION WHEN {' OR '.join(errors)} THEN\n"
            f"{_indent(warn(message, with_error=True))}\nEND;")


def exists(query: str) -> str:
    return f"EXISTS ({query})"


def type_exists(schema: str, name: str) -> str:
    return exists(
        "SELECT FROM pg_catalog.pg_type AS t JOIN pg_catalog.pg_namespace AS n ON n.oid = t.typnamespace"
        f" WHERE n.nspname = {literal(schema)} AND t.typname = {literal(name)}"
    )


def constraint_exists(schema: str, table: str, name: str, *, only_unvalidated: bool = False) -> str:
    query = (
        "SELECT FROM pg_catalog.pg_constraint AS c"
        " JOIN pg_catalog.pg_class AS r ON r.oid = c.conrelid"
        " JOIN pg_catalog.pg_namespace AS n ON n.oid = r.relnamespace"
        f" WHERE n.nspname = {literal(schema)} AND r.relname = {literal(table)}"
        f" AND c.conname = {literal(name)}"
    )
    if only_unvalidated:
        query += " AND NOT c.convalidated"
    return exists(query)


def has_nulls(schema: str, table: str, column: str) -> str:
    select = ast.SelectStmt(
        fromClause=[rangevar(schema, table)],
        whereClause=ast.NullTest(arg=ast.ColumnRef(fields=[ast.String(sval=column)]),
                                 nulltesttype=enums.NullTestType.IS_NULL),
        limitOption=enums.LimitOption.LIMIT_OPTION_DEFAULT, op=enums.SetOperation.SETOP_NONE,
    )
    return exists(deparse(select))
