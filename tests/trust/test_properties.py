"""Property tests: for random pairs of schemas (tables, columns of a dozen types, defaults, NOT NULL,
primary keys, unique and check constraints, foreign keys, plain/unique/partial indexes, an enum, views;
the reference, and an older target that lacks parts of it, has a few objects of its own, and holds
random rows), on a real server:

1. the plan contains no destructive statement (the independent check of safety.py);
2. it applies without error on the populated target;
3. every existing row is kept, byte for byte (as text, column by column);
4. the re-diff has nothing additive pending but steps held back by existing data;
5. a second apply is a no-op (same schema dump, same rows).

The example count is bounded for CI (and derandomized: the same examples every run, so a red CI
is a real regression); set PGSNAPDIFF_HYPOTHESIS_EXAMPLES for a larger, random search:
``PGSNAPDIFF_HYPOTHESIS_EXAMPLES=500 python -m pytest tests/trust/test_properties.py``.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass, field

import psycopg
from hypothesis import HealthCheck, given, note, settings
from hypothesis import strategies as st
from psycopg import sql

from pgsnapdiff.apply import apply_plan
from pgsnapdiff.conn import ConnInfo
from pgsnapdiff.dump import dump_schema
from pgsnapdiff.safety import check_additive
from pgsnapdiff.sync import compare
from tests.dbkit import kept, rows_of_all_tables

EXAMPLES = int(os.environ.get("PGSNAPDIFF_HYPOTHESIS_EXAMPLES", "0"))
SETTINGS = settings(
    max_examples=EXAMPLES or 25, deadline=None, derandomize=not EXAMPLES, database=None, print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                           HealthCheck.function_scoped_fixture],
)

# Names: plain ones and hostile ones (quotes, spaces, reserved words, non-ASCII, dollar quotes).
NAMES = ["id", "name", "Total", "select", "user", "with space", 'q"uote', "it's", "ünï", "日本", "$$", "a.b",
         "%s", "order"]
SCHEMAS = ["public", "App Data"]


@dataclass(frozen=True)
class ColType:
    sql: str
    values: st.SearchStrategy[str]  # text forms, cast to the type on insert
    default: str  # a constant default expression


TEXTS = st.text(alphabet="ab'\"$%\\ ü\n", max_size=4)
TYPES = [
    ColType("integer", st.integers(-2, 3).map(str), "0"),
    ColType("bigint", st.integers(-2, 3).map(str), "7"),
    ColType("text", TEXTS, "'it''s $$'::text"),
    ColType("character varying(20)", TEXTS, "'x'::character varying"),
    ColType("numeric(8,2)", st.sampled_from(["0", "1.5", "-2.25", "100"]), "0.00"),
    ColType("boolean", st.sampled_from(["true", "false"]), "false"),
    ColType("date", st.sampled_from(["2024-01-01", "1999-12-31"]), "'2000-01-01'::date"),
    ColType("timestamp with time zone", st.sampled_from(["2024-01-01 10:00+00", "2024-06-01 00:00+02"]),
            "'2024-01-01 00:00:00+00'::timestamp with time zone"),
    ColType("jsonb", st.sampled_from(['{"a": 1}', "[]", '"x"', "{}"]), "'{}'::jsonb"),
    ColType("uuid", st.sampled_from(["00000000-0000-0000-0000-000000000001",
                                     "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11"]),
            "'00000000-0000-0000-0000-000000000000'::uuid"),
    ColType("integer[]", st.sampled_from(["{}", "{1,2}", "{NULL}"]), "'{}'::integer[]"),
    ColType("bytea", st.sampled_from(["\\x", "\\x00ff"]), "'\\x01'::bytea"),
]
ENUM = "enum"  # marker: the column has the example's enum type


@dataclass
class Column:
    name: str
    type: ColType | str  # ENUM for the enum type
    not_null: bool
    default: bool
    in_target: bool
    target_not_null: bool
    target_default: bool


@dataclass
class Table:
    schema: str
    name: str
    columns: list[Column]
    in_target: bool
    pk: bool
    target_pk: bool
    unique: int | None  # column index
    check: int | None
    index: tuple[int, bool, bool] | None  # (column, unique, partial)
    fk_to: int | None  # index of an earlier table with a primary key on an integer first column
    target_constraints: bool  # the target has this table's unique/check/index/fk too
    extra_column: bool  # a column only the target has
    view: tuple[int, ...] = ()  # columns of a view on the table (none: no view)
    view_in_target: bool = False
    rows: list[list[str | None]] = field(default_factory=list)


@dataclass
class Universe:
    enum_values: list[str]
    target_enum_values: list[str]
    tables: list[Table]
    extra_table: bool

    def ctype(self, col: Column) -> str:
        return '"App Data"."Mood"' if col.type == ENUM else col.type.sql  # type: ignore[union-attr]


@st.composite
def universes(draw) -> Universe:
    values = draw(st.lists(st.sampled_from(["a", "b'c", "$$", "ü", "d e", "%s"]), min_size=1, max_size=4,
                           unique=True))
    kept_values = [v for v in values if draw(st.booleans())] or values[-1:]
    tables: list[Table] = []
    table_names = draw(st.lists(st.sampled_from(NAMES), min_size=1, max_size=3, unique=True))
    for t_i, tname in enumerate(table_names):
        names = draw(st.lists(st.sampled_from(NAMES), min_size=1, max_size=5, unique=True))
        columns = []
        for c_i, cname in enumerate(names):
            ctype = TYPES[0] if c_i == 0 else draw(st.sampled_from([*TYPES, ENUM]))
            not_null = draw(st.booleans())
            in_target = c_i == 0 or draw(st.booleans())
            columns.append(Column(
                cname, ctype, not_null, draw(st.booleans()), in_target,
                target_not_null=in_target and not_null and draw(st.booleans()),
                target_default=in_target and draw(st.booleans())))
        pk = draw(st.booleans())
        if pk:
            columns[0].not_null = True
        n = len(columns)
        pick = st.one_of(st.none(), st.integers(0, n - 1))
        earlier = [i for i, t in enumerate(tables) if t.pk]
        table = Table(
            schema=draw(st.sampled_from(SCHEMAS)), name=tname, columns=columns,
            in_target=t_i == 0 or draw(st.booleans()), pk=pk, target_pk=pk and draw(st.booleans()),
            unique=draw(pick), check=draw(pick),
            index=draw(st.one_of(st.none(), st.tuples(st.integers(0, n - 1), st.booleans(), st.booleans()))),
            fk_to=draw(st.one_of(st.none(), st.sampled_from(earlier))) if earlier else None,
            target_constraints=draw(st.booleans()), extra_column=draw(st.booleans()),
            view=tuple(draw(st.lists(st.integers(0, n - 1), max_size=3, unique=True))),
            view_in_target=draw(st.booleans()))
        table.rows = draw(st.lists(st.tuples(*[_value(c) for c in columns]).map(list), max_size=4))
        tables.append(table)
    return Universe(values, kept_values, tables, draw(st.booleans()))


def _value(col: Column) -> st.SearchStrategy[str | None]:
    values = st.sampled_from(["a", "b'c", "$$", "ü", "d e", "%s"]) if col.type == ENUM else col.type.values
    return st.one_of(st.none(), values)  # type: ignore[union-attr]


def q(*parts: str) -> sql.Composable:
    return sql.Identifier(*parts)


def _constraint_name(table: Table, what: str) -> sql.Composable:
    return q(f"{table.name} {what}")


def schema_sql(u: Universe, target: bool) -> list[sql.Composable]:
    """The DDL of the reference (``target`` False) or of the older target."""
    out: list[sql.Composable] = [sql.SQL("CREATE SCHEMA {}").format(q("App Data"))]
    values = u.target_enum_values if target else u.enum_values
    out.append(sql.SQL("CREATE TYPE {} AS ENUM ({})").format(
        q("App Data", "Mood"), sql.SQL(", ").join(map(sql.Literal, values))))
    for t in u.tables:
        if target and not t.in_target:
            continue
        cols = [c for c in t.columns if c.in_target or not target]
        defs = []
        for c in cols:
            parts = [sql.SQL("{} {}").format(q(c.name), sql.SQL(u.ctype(c)))]
            if (c.target_default if target else c.default) and c.type != ENUM:
                parts.append(sql.SQL("DEFAULT " + c.type.default))  # type: ignore[union-attr]
            if c.target_not_null if target else c.not_null:
                parts.append(sql.SQL("NOT NULL"))
            defs.append(sql.SQL(" ").join(parts))
        if target and t.extra_column:
            defs.append(sql.SQL("{} integer").format(q("legacy only here")))
        out.append(sql.SQL("CREATE TABLE {} ({})").format(q(t.schema, t.name), sql.SQL(", ").join(defs)))
        present = {c.name for c in cols}
        if (t.target_pk if target else t.pk):
            out.append(sql.SQL("ALTER TABLE {} ADD CONSTRAINT {} PRIMARY KEY ({})").format(
                q(t.schema, t.name), _constraint_name(t, "pk"), q(t.columns[0].name)))
        if target and not t.target_constraints:
            continue
        if t.unique is not None and t.columns[t.unique].name in present:
            out.append(sql.SQL("ALTER TABLE {} ADD CONSTRAINT {} UNIQUE ({})").format(
                q(t.schema, t.name), _constraint_name(t, "uq"), q(t.columns[t.unique].name)))
        if t.check is not None and t.columns[t.check].name in present:
            out.append(sql.SQL("ALTER TABLE {} ADD CONSTRAINT {} CHECK ({} IS DISTINCT FROM {})").format(
                q(t.schema, t.name), _constraint_name(t, "ck"), q(t.columns[t.check].name),
                sql.SQL(f"NULL::{u.ctype(t.columns[t.check])}")))
        if t.index is not None and t.columns[t.index[0]].name in present:
            col, unique, partial = t.index
            out.append(sql.SQL("CREATE {}INDEX {} ON {} ({}){}").format(
                sql.SQL("UNIQUE " if unique else ""), _constraint_name(t, "idx"), q(t.schema, t.name),
                q(t.columns[col].name),
                sql.SQL(" WHERE {} IS NOT NULL").format(q(t.columns[col].name)) if partial else sql.SQL("")))
        parent = u.tables[t.fk_to] if t.fk_to is not None else None
        if parent is not None and (not target or (parent.in_target and parent.target_pk)):
            out.append(sql.SQL("ALTER TABLE {} ADD CONSTRAINT {} FOREIGN KEY ({}) REFERENCES {} ({})").format(
                q(t.schema, t.name), _constraint_name(t, "fk"), q(t.columns[0].name),
                q(parent.schema, parent.name), q(parent.columns[0].name)))
    for t in u.tables:
        cols = [t.columns[i] for i in t.view]
        if not cols or (target and not (t.in_target and t.view_in_target and all(c.in_target for c in cols))):
            continue
        out.append(sql.SQL("CREATE VIEW {} AS SELECT {} FROM {}").format(
            q(t.schema, f"{t.name} view"), sql.SQL(", ").join(q(c.name) for c in cols), q(t.schema, t.name)))
    if target and u.extra_table:
        out.append(sql.SQL("CREATE TABLE {} (x text)").format(q("public", "only in target")))
        out.append(sql.SQL("INSERT INTO {} VALUES ('keep me')").format(q("public", "only in target")))
    return out


def insert_rows(conn: psycopg.Connection, u: Universe) -> None:
    """Insert the example's rows into the target; a row the target's own constraints refuse is
    skipped (a savepoint each), like data that could never have been there."""
    for t in u.tables:
        if not t.in_target:
            continue
        cols = [(i, c) for i, c in enumerate(t.columns) if c.in_target]
        for row in t.rows:
            values = [row[i] for i, _ in cols]
            stmt = sql.SQL("INSERT INTO {} ({}) VALUES ({})").format(
                q(t.schema, t.name), sql.SQL(", ").join(q(c.name) for _, c in cols),
                sql.SQL(", ").join(sql.SQL("CAST({} AS {})").format(sql.Literal(v), sql.SQL(u.ctype(c)))
                                   for v, (_, c) in zip(values, cols, strict=True)))
            try:
                with conn.transaction():
                    conn.execute(stmt)
            except (psycopg.errors.IntegrityError, psycopg.errors.DataError,
                    psycopg.errors.InvalidTextRepresentation):
                pass


def build(server, statements: list[sql.Composable], u: Universe | None = None) -> str:
    url = server.create_database()
    with psycopg.connect(url) as conn:
        for statement in statements:
            conn.execute(statement)
        if u is not None:
            insert_rows(conn, u)
    return url


def drop(server, *urls: str) -> None:
    with psycopg.connect(server.url(), autocommit=True) as conn:
        for url in urls:
            name = psycopg.conninfo.conninfo_to_dict(url)["dbname"]
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(q(name)))


@SETTINGS
@given(u=universes())
def test_random_schema_pairs_sync_safely(pg_server, u: Universe) -> None:
    with psycopg.connect(pg_server.url()) as conn:
        note("reference:\n" + ";\n".join(s.as_string(conn) for s in schema_sql(u, target=False)))
        note("target:\n" + ";\n".join(s.as_string(conn) for s in schema_sql(u, target=True)))
    reference = build(pg_server, schema_sql(u, target=False))
    target = build(pg_server, schema_sql(u, target=True), u)
    try:
        # The reference, dumped once, is read as a dump file: the same model, one pg_dump less per diff.
        with tempfile.NamedTemporaryFile("w", suffix=".sql", encoding="utf-8") as dump:
            dump.write(dump_schema(ConnInfo.parse(reference)).text)
            dump.flush()
            _check_pair(dump.name, target)
    finally:
        drop(pg_server, reference, target)


def _check_pair(reference: str, target: str) -> None:
    conn = ConnInfo.parse(target)
    rows = rows_of_all_tables(target)
    note(f"rows: {json.dumps(rows, default=str, ensure_ascii=False)}")
    comparison = compare(reference, target)
    script = comparison.plan.script()
    note(f"plan:\n{script}")
    check_additive(script, allow_replace=getattr(comparison.plan, "replace_definitions", False))  # (1)
    apply_plan(comparison.plan, conn)  # (2) raises on any error
    assert kept(rows, rows_of_all_tables(target)), "an existing row changed"  # (3)
    again = compare(reference, target)
    pending = [f"{s.action} {s.what}" for s in again.plan.steps if not s.may_hold_back]
    assert pending == [], f"additive steps still pending after apply: {pending}"  # (4)
    dump_before, rows_before = again.target.text, rows_of_all_tables(target)
    apply_plan(again.plan, conn)  # (5) only held-back steps, if any: they hold back again
    assert dump_schema(conn).text == dump_before
    assert rows_of_all_tables(target) == rows_before
