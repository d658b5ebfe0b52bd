"""load_sql: all or nothing, and errors that point at the file and line."""

from __future__ import annotations

import uuid

import psycopg
import pytest

from pgsnapdiff.errors import SourceError
from pgsnapdiff.load import load_sql
from tests.dbkit import run_cli

GOOD = """-- a comment with 100% and {braces}
CREATE TABLE items (id int PRIMARY KEY, label text DEFAULT '50%');

CREATE FUNCTION one() RETURNS int LANGUAGE sql AS $$ SELECT 1; $$;
"""


def tables(url: str) -> set[str]:
    with psycopg.connect(url) as conn:
        rows = conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'").fetchall()
    return {r[0] for r in rows}


def test_loads_multi_statement_text(fresh_db: str) -> None:
    load_sql(fresh_db, GOOD, filename="schema.sql")
    assert tables(fresh_db) == {"items"}
    with psycopg.connect(fresh_db) as conn:
        assert conn.execute("SELECT one()").fetchone() == (1,)


@pytest.mark.parametrize(
    ("sql", "line", "message"),
    [
        # syntax error: the server gives a position
        ("CREATE TABLE a (x int);\n\n-- é ü\nCREATE TABLE b (x int;\n", 4, 'syntax error at or near ";"'),
        # execution error: no position, found by replaying statement by statement
        ("CREATE TABLE a (x int);\n-- note\n\nCREATE TABLE a (y int);\n", 4, 'relation "a" already exists'),
        (
            "CREATE TABLE a (x int);\nCREATE VIEW v AS\n  SELECT nope FROM a;\n",
            3,
            'column "nope" does not exist',
        ),
        # error inside a PL/pgSQL body: points at the body line
        (
            "CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$\nBEGIN\n  RETUR 1;\nEND $$;\n",
            3,
            'syntax error at or near "RETUR"',
        ),
    ],
)
def test_error_names_file_and_line(fresh_db: str, sql: str, line: int, message: str) -> None:
    with pytest.raises(SourceError) as info:
        load_sql(fresh_db, sql, filename="models/schema.sql")
    text = str(info.value)
    assert text.startswith(f"models/schema.sql:{line}: "), text
    assert message in text
    assert tables(fresh_db) == set(), "one transaction: nothing may remain after an error"


def test_concurrently_is_dropped_where_a_transaction_forbids_it(fresh_db: str) -> None:
    """Schema files gathered from migrations hold ``CREATE INDEX CONCURRENTLY``, which cannot run in
    the one transaction a reference is loaded in (found in Atlas's cases). The keyword goes; the
    same word in a function body stays, and so do the lines of later errors."""
    body = "CREATE INDEX CONCURRENTLY x ON t (a)"
    sql = ("CREATE TABLE t (a integer);\nCREATE INDEX CONCURRENTLY t_a ON t (a);\n"
           f"CREATE FUNCTION f() RETURNS text LANGUAGE sql AS $$SELECT '{body}'$$;\n")
    load_sql(fresh_db, sql, filename="m.sql")
    with psycopg.connect(fresh_db) as conn:
        assert conn.execute("SELECT count(*) FROM pg_indexes WHERE indexname = 't_a'").fetchone() == (1,)
        assert conn.execute("SELECT f()").fetchone() == (body,)
    with pytest.raises(SourceError, match=r"^n\.sql:2: "):
        load_sql(fresh_db, "CREATE TABLE u (a integer);\nCREATE INDEX CONCURRENTLY u_b ON u (b);\n",
                 filename="n.sql")


def test_roles_a_schema_file_names_are_created_in_the_throwaway_server(fresh_db: str, tmp_path) -> None:
    """A schema file that grants to, or is owned by, the application's roles failed to load in the
    throwaway server, which has none of them (found in pg-schema-diff's and sqldef's cases). Each
    role named is created there, NOLOGIN, and the file loads whole."""
    role = f"app_{uuid.uuid4().hex[:8]}"
    load_sql(fresh_db, f"CREATE TABLE public.t (id integer);\nGRANT SELECT ON public.t TO {role}_r;\n"
                       f"ALTER TABLE public.t OWNER TO {role}_o;\n"
                       f"CREATE POLICY p ON public.t TO {role}_p USING (true);\n", filename="schema.sql")
    with psycopg.connect(fresh_db) as conn:
        assert conn.execute("SELECT count(*) FROM pg_roles WHERE rolname LIKE %s AND NOT rolcanlogin",
                            (f"{role}_%",)).fetchone() == (3,)
        assert conn.execute("SELECT relowner::regrole::text FROM pg_class WHERE relname = 't'").fetchone() \
            == (f"{role}_o",)
    snapshot = tmp_path / "schema.sql"
    source = tmp_path / "source.sql"
    source.write_text(f"CREATE TABLE public.u (id integer);\nGRANT SELECT ON public.u TO {role}_s;\n")
    done = run_cli("snapshot", "--from", str(source), "-o", str(snapshot), "--privileges")
    assert done.exit_code == 0, done.stderr
    assert f"TO {role}_s" in snapshot.read_text()
