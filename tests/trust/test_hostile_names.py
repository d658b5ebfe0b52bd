"""Hostile and unusual names: spaces, quotes, dots, mixed case, reserved words, non-ASCII, 63 bytes,
SQL fragments, dollar quotes, placeholders, newlines; objects in several schemas; and a target whose
role and database set an odd ``search_path`` with a trap: operators that shadow pg_catalog's ``=``
and raise if any of our catalog lookups ever resolves through the target's own search_path.

The plan must quote everything correctly, never run text from the database as code, and converge,
through ``--apply`` and through the ``--format sql`` script in psql alike."""

from __future__ import annotations

import json

import psycopg
from psycopg import sql
from psycopg.conninfo import conninfo_to_dict

from tests.dbkit import kept, psql_file, rows_of_all_tables, run_cli

SCHEMAS = ["My Schema", "select", "dot.ted ü"]
TABLES = ["Order", 'quote"inside', "semi; DROP TABLE public.victim; --", "é" * 31 + "a"]  # last: 63 bytes
COLUMNS = ["ID", "user", "with space", "it's", "$$", "$pgsnapdiff_check$", "%s %(x)s {}", "new\nline",
           "back\\slash", "日本語", "c" * 63, "-- not a comment", "/* nor this */"]
VALUES = ["a'b", "$$", "%s %", "'); DROP TABLE public.victim; --", "ünï\ncödé"]
TEXT = "it's $$ %s '); DROP TABLE public.victim; -- $pgsnapdiff_check$ \\ ü"

TRAP = """
CREATE SCHEMA trap;
CREATE FUNCTION trap.fire(name, text) RETURNS boolean LANGUAGE plpgsql
  AS $$ BEGIN RAISE EXCEPTION 'trap: an operator from the target''s search_path was used'; END $$;
CREATE FUNCTION trap.fire(name, name) RETURNS boolean LANGUAGE plpgsql
  AS $$ BEGIN RAISE EXCEPTION 'trap: an operator from the target''s search_path was used'; END $$;
CREATE OPERATOR trap.= (LEFTARG = name, RIGHTARG = text, FUNCTION = trap.fire);
CREATE OPERATOR trap.= (LEFTARG = name, RIGHTARG = name, FUNCTION = trap.fire);
"""


def q(*parts: str) -> sql.Composable:
    return sql.Identifier(*parts)


def reference_sql(full: bool) -> list[sql.Composable]:
    """The reference schema (``full``) or the older one the target has (a subset, holding rows)."""
    out: list[sql.Composable] = []
    for s_i, schema in enumerate(SCHEMAS):
        out.append(sql.SQL("CREATE SCHEMA {}").format(q(schema)))
        enum_values = VALUES if full else VALUES[:2]
        out.append(sql.SQL("CREATE TYPE {} AS ENUM ({})").format(
            q(schema, f"kind {TABLES[s_i]}"), sql.SQL(", ").join(map(sql.Literal, enum_values))))
        for t_i, table in enumerate(TABLES):
            columns = COLUMNS if full else COLUMNS[:3]
            defs = [sql.SQL("{} integer NOT NULL").format(q(columns[0]))]
            defs += [sql.SQL("{} text DEFAULT {}").format(q(c), sql.Literal(TEXT)) for c in columns[1:]]
            if full:
                defs.append(sql.SQL("{} {}").format(q("kind"), q(schema, f"kind {TABLES[s_i]}")))
            out.append(sql.SQL("CREATE TABLE {} ({})").format(q(schema, table), sql.SQL(", ").join(defs)))
            if not full:
                continue
            out.append(sql.SQL("ALTER TABLE {} ADD CONSTRAINT {} PRIMARY KEY ({})").format(
                q(schema, table), q(f"pk {table}"[:63]), q(COLUMNS[0])))
            out.append(sql.SQL("ALTER TABLE {} ADD CONSTRAINT {} CHECK ({} <> {})").format(
                q(schema, table), q(f"check {COLUMNS[4]} {t_i}"), q(COLUMNS[4]), sql.Literal(VALUES[3])))
            out.append(sql.SQL("CREATE INDEX {} ON {} ({}, {}) WHERE {} <> {}").format(
                q(f"idx {table}"[:60] + str(t_i)), q(schema, table), q(COLUMNS[2]), q(COLUMNS[7]),
                q(COLUMNS[3]), sql.Literal(TEXT)))
            out.append(sql.SQL("COMMENT ON COLUMN {} IS {}").format(q(schema, table, COLUMNS[5]),
                                                                     sql.Literal(TEXT)))
            if s_i:  # a foreign key across schemas, to the same-named table of the first schema
                fk = "ALTER TABLE {} ADD CONSTRAINT {} FOREIGN KEY ({}) REFERENCES {} ({})"
                out.append(sql.SQL(fk).format(
                    q(schema, table), q(f"fk {t_i} → {SCHEMAS[0]}"), q(COLUMNS[0]), q(SCHEMAS[0], table),
                    q(COLUMNS[0])))
        out.append(sql.SQL("COMMENT ON SCHEMA {} IS {}").format(q(schema), sql.Literal(TEXT)))
    return out


def load(url: str, statements: list[sql.Composable]) -> None:
    with psycopg.connect(url) as conn:
        for statement in statements:
            conn.execute(statement)


def hostile_target(server, reference_url: str) -> tuple[str, str]:
    """A target at the older schema, with rows, a victim table, and the trap on its search_path.
    Returns (target URL, a URL for our own checks that bypasses the trap)."""
    target = server.create_database()
    dbname = conninfo_to_dict(target)["dbname"]
    statements = reference_sql(full=False)
    statements.append(sql.SQL("CREATE TABLE public.victim (id integer)"))
    statements.append(sql.SQL("INSERT INTO public.victim VALUES (1), (2)"))
    for schema in SCHEMAS:
        for i, table in enumerate(TABLES):
            statements.append(sql.SQL("INSERT INTO {} VALUES ({}, {}, {})").format(
                q(schema, table), sql.Literal(i + 1), sql.Literal(VALUES[i % 5]), sql.Literal(TEXT)))
    statements.append(sql.SQL(TRAP))
    statements.append(sql.SQL('ALTER DATABASE {} SET search_path = "$user", trap, "My Schema", pg_catalog')
                      .format(q(dbname)))
    statements.append(sql.SQL("ALTER ROLE postgres IN DATABASE {} SET search_path = trap, pg_catalog, {}")
                      .format(q(dbname), q("select")))
    load(target, statements)
    with psycopg.connect(target) as conn:  # the trap is armed for every new session
        assert conn.execute("SHOW search_path").fetchone() == ('trap, pg_catalog, "select"',)
    return target, target + "&options=-csearch_path%3Dpg_catalog"


def victims(url: str) -> list[tuple]:
    with psycopg.connect(url) as conn:
        return conn.execute("SELECT id FROM public.victim ORDER BY id").fetchall()


def test_hostile_names_apply_converge_and_keep_everything(pg_server) -> None:
    reference = pg_server.create_database()
    load(reference, reference_sql(full=True))
    target, checks = hostile_target(pg_server, reference)
    rows = rows_of_all_tables(checks)
    first = run_cli("diff", reference, target, "--apply")
    assert first.exit_code == 0, first.stdout + first.stderr
    assert "⚠ held back:" not in first.stdout and "search_path was used" not in first.stdout + first.stderr
    assert victims(checks) == [(1,), (2,)]
    assert kept(rows, rows_of_all_tables(checks))
    assert_converged(reference, target)
    second = run_cli("diff", reference, target, "--apply")
    assert second.exit_code == 0 and "applied" not in second.stdout, second.stdout + second.stderr


def assert_converged(reference: str, target: str) -> None:
    """Nothing left to plan; what remains is only in the target (the trap, the victim): kept."""
    doc = json.loads(run_cli("diff", reference, target, "--format", "json").stdout)
    assert doc["steps"] == []
    assert {a["status"] for a in doc["attention"]} == {"extra"}
    assert {a["object"] for a in doc["attention"]} >= {"table public.victim", "schema trap"}


def test_hostile_names_sql_script_runs_twice_in_psql(pg_server, tmp_path) -> None:
    reference = pg_server.create_database()
    load(reference, reference_sql(full=True))
    target, checks = hostile_target(pg_server, reference)
    rows = rows_of_all_tables(checks)
    script = run_cli("diff", reference, target, "--format", "sql")
    assert script.exit_code == 0, script.stderr
    path = tmp_path / "plan.sql"
    path.write_text(script.stdout, encoding="utf-8")
    for attempt in (1, 2):
        done = psql_file(target, str(path))  # psql gets the trap's search_path: the script resets it
        assert done.returncode == 0, f"run {attempt}: {done.stderr}"
    assert victims(checks) == [(1,), (2,)]
    assert kept(rows, rows_of_all_tables(checks))
    assert_converged(reference, target)


def test_the_trap_is_real(pg_server) -> None:
    """The trap fires for an unqualified lookup, so the tests above would notice one."""
    reference = pg_server.create_database()
    target, _ = hostile_target(pg_server, reference)
    with psycopg.connect(target) as conn:
        try:
            conn.execute("SELECT FROM pg_catalog.pg_namespace n WHERE n.nspname = 'public'")
        except psycopg.errors.RaiseException as exc:
            assert "trap" in str(exc)
        else:
            raise AssertionError("the trap did not fire")
