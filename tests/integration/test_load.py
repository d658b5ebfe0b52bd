"""load_sql: all or nothing, and errors that point at the file and line."""

from __future__ import annotations

import psycopg
import pytest

from pgsnapdiff.errors import SourceError
from pgsnapdiff.load import load_sql

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
