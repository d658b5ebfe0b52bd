"""Ignore rules: objects owned by other tools are neither compared nor planned; the report counts them."""

from __future__ import annotations

import json

import pytest

from pgsnapdiff.errors import ConfigError
from pgsnapdiff.ignore import Rule
from tests.dbkit import execute, run_cli

REFERENCE = """
CREATE TABLE public.orders (id integer NOT NULL, note text);
CREATE SCHEMA partman;
CREATE TABLE partman.part_config (parent_table text);
CREATE TABLE public.audit_log (id integer);
"""
TARGET = """
CREATE TABLE public.orders (id integer NOT NULL);
CREATE TABLE public.audit_2026 (id integer);
"""


def test_ignored_schema_and_tables_are_left_alone(pg_server) -> None:
    reference = pg_server.create_database()
    execute(reference, REFERENCE)
    target = pg_server.create_database()
    execute(target, TARGET)
    args = ("diff", reference, target, "--ignore", "schema:partman", "--ignore", "table:public.audit*")
    doc = json.loads(run_cli(*args, "--format", "json").stdout)
    assert [s["object"] for s in doc["steps"]] == ["column public.orders.note"]
    assert doc["attention"] == []  # public.audit_2026 only in the target: ignored, not reported
    assert doc["summary"]["ignored"] >= 4  # schema, its table and column, two audit tables...
    result = run_cli(*args, "--apply", "--exit-code")
    assert result.exit_code == 0, result.stderr
    assert "ignored by rules" in result.stdout
    # The ignored schema was not created.
    plain = json.loads(run_cli("diff", reference, target, "--format", "json").stdout)
    assert "schema partman" in [s["object"] for s in plain["steps"]]


def test_rule_without_a_pattern_is_a_usage_error() -> None:
    with pytest.raises(ConfigError):
        Rule.parse("table:")
    assert run_cli("diff", "a.sql", "b.sql", "--ignore", "table:").exit_code == 2


def test_ignoring_a_table_takes_its_indexes_and_owned_sequence(pg_server) -> None:
    reference = pg_server.create_database()
    execute(reference, "CREATE TABLE public.jobs (id bigint NOT NULL, data jsonb NOT NULL);"
                       "CREATE SEQUENCE public.jobs_id_seq;"
                       "ALTER SEQUENCE public.jobs_id_seq OWNED BY public.jobs.id;"
                       "CREATE INDEX jobs_data_idx ON public.jobs USING gin (data);"
                       "CREATE TABLE public.keep (id integer);")
    target = pg_server.create_database()
    execute(target, "CREATE TABLE public.jobs (job_id bigint NOT NULL);")
    doc = json.loads(run_cli("diff", reference, target, "--ignore", "table:public.jobs",
                             "--format", "json").stdout)
    assert [s["object"] for s in doc["steps"]] == ["table public.keep"]
    assert doc["attention"] == []
    result = run_cli("diff", reference, target, "--ignore", "table:public.jobs", "--apply", "--exit-code")
    assert result.exit_code == 0, result.stderr


def test_ignoring_a_table_takes_the_foreign_keys_to_it(pg_server) -> None:
    """A foreign key to an ignored table cannot be made without it: it was planned, and the apply
    failed where the table is missing (found on a Django application with --ignore)."""
    reference = pg_server.create_database()
    execute(reference, "CREATE TABLE public.a (id integer PRIMARY KEY);"
                       "CREATE TABLE public.b (id integer PRIMARY KEY,"
                       " a_id integer REFERENCES public.a (id));")
    target = pg_server.create_database()
    execute(target, "CREATE TABLE public.b (id integer PRIMARY KEY, a_id integer);")
    result = run_cli("diff", reference, target, "--ignore", "table:public.a", "--apply", "--exit-code")
    assert result.exit_code == 0, result.stdout + result.stderr  # was 1: relation "public.a" does not exist


def test_ignore_rules_from_pyproject(pg_server, tmp_path, monkeypatch) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.pgsnapdiff]\nignore = ["schema:partman"]\n')
    monkeypatch.chdir(tmp_path)
    reference = pg_server.create_database()
    execute(reference, REFERENCE)
    target = pg_server.create_database()
    execute(target, TARGET)
    doc = json.loads(run_cli("diff", reference, target, "--format", "json").stdout)
    assert "schema partman" not in [s["object"] for s in doc["steps"]]
    assert doc["summary"]["ignored"] >= 3
    (tmp_path / "pyproject.toml").write_text('[tool.pgsnapdiff]\nignore = "schema:partman"\n')
    assert run_cli("diff", reference, target).exit_code == 2  # a string, not a list: one-line error
