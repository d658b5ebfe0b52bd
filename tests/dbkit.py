"""Helpers for behaviour tests against real databases: load SQL, read rows, run the CLI."""

from __future__ import annotations

import subprocess
from dataclasses import dataclass

import psycopg
from click.testing import CliRunner
from psycopg import sql

from pgsnapdiff.binaries import find_binaries
from pgsnapdiff.cli import main


def execute(url: str, text: str) -> None:
    if not text.strip():
        return
    with psycopg.connect(url, autocommit=False) as conn:
        conn.execute(text.encode())


def rows_of_all_tables(url: str) -> dict[str, list[tuple]]:
    """Every row of every user table, as text, sorted: to prove that existing rows are kept."""
    out: dict[str, list[tuple]] = {}
    with psycopg.connect(url, autocommit=True) as conn:
        tables = conn.execute(
            "SELECT table_schema, table_name FROM information_schema.tables"
            " WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')"
            " ORDER BY 1, 2").fetchall()
        for schema, table in tables:
            cols = [r[0] for r in conn.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_schema = %s"
                " AND table_name = %s ORDER BY ordinal_position", (schema, table)).fetchall()]
            query = sql.SQL("SELECT {} FROM {}.{}").format(
                sql.SQL(", ").join(sql.SQL("{}::text").format(sql.Identifier(c)) for c in cols),
                sql.Identifier(schema), sql.Identifier(table))
            rows = sorted(conn.execute(query).fetchall(), key=repr)
            out[f"{schema}.{table}"] = [tuple(zip(cols, r, strict=True)) for r in rows]
    return out


def kept(before: dict[str, list[tuple]], after: dict[str, list[tuple]]) -> bool:
    """True when every table and row of ``before`` is in ``after`` with the same values for the
    columns it had (new columns may have been added)."""
    for table, rows in before.items():
        if table not in after or len(after[table]) != len(rows):
            return False
        projected = sorted((tuple(item for item in row if (item[0], ) in {(c[0],) for c in rows[0]})
                            for row in after[table]), key=repr) if rows else []
        if projected != rows:
            return False
    return True


@dataclass
class CliResult:
    exit_code: int
    stdout: str
    stderr: str


def run_cli(*args: str) -> CliResult:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return CliResult(result.exit_code, result.stdout, result.stderr)


def psql_file(url: str, path: str) -> subprocess.CompletedProcess:
    psql = find_binaries().path("psql")
    return subprocess.run([str(psql), "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", url, "-f", path],
                          capture_output=True, text=True, timeout=120)
