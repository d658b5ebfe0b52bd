"""Small builders of AST nodes and guarded blocks, rendered by pglast.

Names are never pasted into SQL text: identifiers go through pglast's printer (which quotes mixed
case, spaces, quotes, reserved words and non-ASCII), values through string-literal nodes. The only
text we assemble is the PL/pgSQL body of a ``DO`` block, out of pieces rendered that way; pglast then
picks a dollar-quote tag that does not occur in the body.
"""

from __future__ import annotations

import re

from pglast import ast, enums
from pglast.stream import maybe_double_quote_name

from .parse import deparse

WARNING_PREFIX = "pgsnapdiff: held back: "


def rangevar(schema: str, name: str) -> ast.RangeVar:
    return ast.RangeVar(schemaname=schema, relname=name, inh=True, relpersistence="p")


def ident(name: str) -> str:
    """A quoted-as-needed identifier: pglast's own rule (mixed case, spaces, quotes, reserved
    words, non-ASCII), without printing a node (tests/unit/test_compose.py checks they agree)."""
    return maybe_double_quote_name(name)


def qualified_name(schema: str, name: str) -> str:
    if not schema:
        return maybe_double_quote_name(name)
    return f"{maybe_double_quote_name(schema)}.{maybe_double_quote_name(name)}"


def literal(value: str) -> str:
    """A string constant, as pglast prints one (standard_conforming_strings: only quotes double)."""
    return "'" + value.replace("'", "''") + "'"


def defelem(name: str, arg: ast.Node | list | None) -> ast.DefElem:
    return ast.DefElem(defname=name, arg=arg, defaction=enums.DefElemAction.DEFELEM_UNSPEC)


def alter_table(schema: str, table: str, *cmds: ast.AlterTableCmd) -> ast.AlterTableStmt:
    return ast.AlterTableStmt(relation=rangevar(schema, table), cmds=list(cmds),
                              objtype=enums.ObjectType.OBJECT_TABLE, missing_ok=False)


def table_cmd(subtype: enums.AlterTableType, *, name: str | None = None, def_: ast.Node | None = None,
              missing_ok: bool = False) -> ast.AlterTableCmd:
    return ast.AlterTableCmd(subtype=subtype, name=name, def_=def_, missing_ok=missing_ok,
                             behavior=enums.DropBehavior.DROP_RESTRICT, recurse=False, num=0)


# Stands for a line break inside one statement (a function body, a string literal): indenting the
# DO block must not touch those lines, or a function's source text would change. PostgreSQL text
# can never hold a NUL, so no statement contains it.
_VERBATIM_NL = "\x00"


def statement(sql: str | ast.Node) -> str:
    """One statement, terminated, its own line breaks kept verbatim inside a DO block."""
    text = deparse(sql).rstrip() if isinstance(sql, ast.Node) else sql.rstrip()
    return (text.rstrip(";") + ";").replace("\n", _VERBATIM_NL)


_DOLLAR_TAG = re.compile(r"\$(\w*)(?=\$)")


def do_block(body: str) -> str:
    """``DO`` with a PL/pgSQL body, indented for reading (statements' own lines untouched).

    Written as pglast prints ``DoStmt(args=[DefElem('as', body)])``: the shortest ``$_…$`` tag
    that the body does not use (tests/unit/test_compose.py checks the two agree)."""
    text = f"\nBEGIN\n{_indent(body)}\nEND\n".replace(_VERBATIM_NL, "\n")
    used = set(_DOLLAR_TAG.findall(text))
    tag = ""
    while tag in used:
        tag += "_"
    return f"DO ${tag}${text}${tag}$"


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


def _in_schema(catalog: str, name_col: str, name: str, nsp_col: str | None = None,
               schema: str | None = None, where: str = "") -> str:
    """EXISTS over one catalog, by name and (when the kind lives in a schema) by schema."""
    query = f"SELECT FROM pg_catalog.{catalog} AS o"
    if nsp_col is not None:
        query += f" JOIN pg_catalog.pg_namespace AS n ON n.oid = o.{nsp_col}"
    query += f" WHERE o.{name_col} = {literal(name)}"
    if nsp_col is not None and schema is not None:
        query += f" AND n.nspname = {literal(schema)}"
    return exists(query + where)


def named_exists(catalog: str, name_col: str, name: str, nsp_col: str | None = None,
                 schema: str | None = None) -> str:
    """A named object in ``catalog``: pg_collation, pg_ts_config, pg_publication, ..."""
    return _in_schema(catalog, name_col, name, nsp_col, schema)


def relation_exists(schema: str, name: str) -> str:
    return named_exists("pg_class", "relname", name, "relnamespace", schema)


def _on_relation(catalog: str, rel_col: str, name_col: str, schema: str, table: str, name: str,
                 extra: str = "") -> str:
    return exists(
        f"SELECT FROM pg_catalog.{catalog} AS o JOIN pg_catalog.pg_class AS r ON r.oid = o.{rel_col}"
        " JOIN pg_catalog.pg_namespace AS n ON n.oid = r.relnamespace"
        f" WHERE n.nspname = {literal(schema)} AND r.relname = {literal(table)}"
        f" AND o.{name_col} = {literal(name)}{extra}"
    )


def trigger_exists(schema: str, table: str, name: str) -> str:
    return _on_relation("pg_trigger", "tgrelid", "tgname", schema, table, name, " AND NOT o.tgisinternal")


def policy_exists(schema: str, table: str, name: str) -> str:
    return _on_relation("pg_policy", "polrelid", "polname", schema, table, name)


def rule_exists(schema: str, table: str, name: str) -> str:
    return _on_relation("pg_rewrite", "ev_class", "rulename", schema, table, name)


def attribute_exists(schema: str, type_name: str, attribute: str) -> str:
    """A composite type's attribute (its pg_class entry is the type's ``typrelid``)."""
    return exists(
        "SELECT FROM pg_catalog.pg_attribute AS a JOIN pg_catalog.pg_type AS t ON t.typrelid = a.attrelid"
        " JOIN pg_catalog.pg_namespace AS n ON n.oid = t.typnamespace"
        f" WHERE n.nspname = {literal(schema)} AND t.typname = {literal(type_name)}"
        f" AND a.attname = {literal(attribute)} AND NOT a.attisdropped"
    )


def domain_constraint_exists(schema: str, domain: str, name: str, *, only_unvalidated: bool = False) -> str:
    query = (
        "SELECT FROM pg_catalog.pg_constraint AS c JOIN pg_catalog.pg_type AS t ON t.oid = c.contypid"
        " JOIN pg_catalog.pg_namespace AS n ON n.oid = t.typnamespace"
        f" WHERE n.nspname = {literal(schema)} AND t.typname = {literal(domain)}"
        f" AND c.conname = {literal(name)}"
    )
    return exists(query + (" AND NOT c.convalidated" if only_unvalidated else ""))


def is_partition(schema: str, table: str) -> str:
    """True once ``table`` is attached to some partitioned table."""
    return _in_schema("pg_class", "relname", table, "relnamespace", schema, " AND o.relispartition")


def publication_has_table(publication: str, schema: str, table: str) -> str:
    return exists(
        "SELECT FROM pg_catalog.pg_publication_rel AS pr"
        " JOIN pg_catalog.pg_publication AS p ON p.oid = pr.prpubid"
        " JOIN pg_catalog.pg_class AS r ON r.oid = pr.prrelid"
        " JOIN pg_catalog.pg_namespace AS n ON n.oid = r.relnamespace"
        f" WHERE p.pubname = {literal(publication)} AND n.nspname = {literal(schema)}"
        f" AND r.relname = {literal(table)}"
    )


def publication_has_schema(publication: str, schema: str) -> str:
    return exists(
        "SELECT FROM pg_catalog.pg_publication_namespace AS pn"
        " JOIN pg_catalog.pg_publication AS p ON p.oid = pn.pnpubid"
        " JOIN pg_catalog.pg_namespace AS n ON n.oid = pn.pnnspid"
        f" WHERE p.pubname = {literal(publication)} AND n.nspname = {literal(schema)}"
    )


def routine_exists(schema: str, name: str, signature: str) -> str:
    """A function, procedure or aggregate, by its input argument types (overloads differ)."""
    routine = f"{ident(schema)}.{ident(name)}({signature})"
    return f"(pg_catalog.to_regprocedure({literal(routine)}) IS NOT NULL)"


def operator_exists(schema: str, name: str, left: str, right: str) -> str:
    """An operator, not a shell: another operator's ``NEGATOR`` or ``COMMUTATOR`` names one before it
    is defined, and ``CREATE OPERATOR`` then completes it (a shell has no function, oprcode 0)."""
    operator = literal(f"{ident(schema)}.{name}({left}, {right})")
    return exists("SELECT FROM pg_catalog.pg_operator AS o"
                  f" WHERE o.oid = pg_catalog.to_regoperator({operator}) AND o.oprcode::pg_catalog.oid <> 0")


def cast_exists(source: str, target: str) -> str:
    return exists(
        "SELECT FROM pg_catalog.pg_cast AS c"
        f" WHERE c.castsource = pg_catalog.to_regtype({literal(source)})"
        f" AND c.casttarget = pg_catalog.to_regtype({literal(target)})"
    )


def guarded_create(condition_exists: str, *statements: str | ast.Node) -> str:
    """``DO`` block: run ``statements`` only when the object does not exist yet."""
    body = "\n".join(statement(s) for s in statements)
    return do_block(if_block(f"NOT {condition_exists}", body))
