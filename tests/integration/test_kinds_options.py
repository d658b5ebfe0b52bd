"""Options of the new kinds on a real server: ``--replace-definitions`` (differing views and functions
are reported by default, replaced only when asked, and held back when PostgreSQL cannot replace
them in place) and ``--privileges`` (GRANTs compared and granted only when asked; a missing role
holds a grant back; a REVOKE in the reference is reported, never run)."""

from __future__ import annotations

import uuid

import psycopg

from pgsnapdiff.conn import ConnInfo
from pgsnapdiff.dump import dump_schema
from tests.dbkit import execute, run_cli

TABLE = "CREATE TABLE public.t (a integer, b integer); INSERT INTO public.t VALUES (1, 2);"


def scalar(url: str, query: str):
    with psycopg.connect(url, autocommit=True) as conn:
        return conn.execute(query).fetchone()[0]


def test_differing_view_and_function_are_reported_then_replaced_on_request(pg_server) -> None:
    reference, target = pg_server.create_database(), pg_server.create_database()
    execute(target, TABLE + """
        CREATE VIEW public.v AS SELECT a FROM public.t;
        CREATE FUNCTION public.f(x integer) RETURNS integer LANGUAGE sql AS 'SELECT x + 1';""")
    execute(reference, TABLE + """
        CREATE VIEW public.v AS SELECT a, b FROM public.t;
        CREATE FUNCTION public.f(x integer) RETURNS integer LANGUAGE sql AS 'SELECT x + 2';""")

    report = run_cli("diff", reference, target, "--exit-code", "--no-color")
    assert report.exit_code == 4, report.stdout + report.stderr
    view = ("⚠ view public.v differs: query: reference SELECT a, b FROM public.t, "
            "target SELECT a FROM public.t")
    function = "⚠ function public.f(integer) differs: body: reference SELECT x + 2, target SELECT x + 1"
    assert view in report.stdout and function in report.stdout

    kept = run_cli("diff", reference, target, "--apply", "--exit-code", "--no-color")
    assert kept.exit_code == 4, kept.stdout + kept.stderr
    assert scalar(target, "SELECT public.f(1)") == 2  # default: reported, not replaced
    assert "b" not in scalar(target, "SELECT pg_get_viewdef('public.v'::regclass)")

    replaced = run_cli("diff", reference, target, "--apply", "--exit-code", "--replace-definitions",
                       "--no-color")
    assert replaced.exit_code == 0, replaced.stdout + replaced.stderr
    assert "ℹ replace view public.v" in replaced.stdout
    assert "ℹ replace function public.f(integer)" in replaced.stdout
    assert scalar(target, "SELECT public.f(1)") == 3
    assert scalar(target, "SELECT b FROM public.v") == 2
    again = run_cli("diff", reference, target, "--exit-code", "--replace-definitions")
    assert again.exit_code == 0, again.stdout


def test_replacement_postgresql_refuses_is_held_back_and_the_rest_applies(pg_server) -> None:
    """A view losing a column or a function changing its return type needs a drop: never done."""
    reference, target = pg_server.create_database(), pg_server.create_database()
    execute(target, TABLE + """
        CREATE VIEW public.v AS SELECT a, b FROM public.t;
        CREATE FUNCTION public.f(x integer) RETURNS integer LANGUAGE sql AS 'SELECT x';""")
    execute(reference, TABLE + """
        CREATE VIEW public.v AS SELECT a FROM public.t;
        CREATE FUNCTION public.f(x integer) RETURNS bigint LANGUAGE sql AS 'SELECT x::bigint';
        CREATE TABLE public.added (id integer);""")
    result = run_cli("diff", reference, target, "--apply", "--exit-code", "--replace-definitions",
                     "--no-color")
    assert result.exit_code == 4, result.stdout + result.stderr
    assert "held back: view public.v: PostgreSQL cannot replace it in place" in result.stdout
    assert "held back: function public.f(integer): PostgreSQL cannot replace it in place" in result.stdout
    assert scalar(target, "SELECT count(*) FROM pg_attribute WHERE attrelid = 'public.v'::regclass") \
        == 2
    assert scalar(target, "SELECT to_regclass('public.added') IS NOT NULL")  # the rest was applied


def test_privileges_are_compared_and_granted_only_with_the_option(pg_server, tmp_path) -> None:
    role = f"reader_{uuid.uuid4().hex[:8]}"
    execute(pg_server.url(), f"CREATE ROLE {role}")
    reference, target = pg_server.create_database(), pg_server.create_database()
    functions = ("CREATE FUNCTION public.secret() RETURNS integer LANGUAGE sql SECURITY DEFINER "
                 "AS 'SELECT 42';")
    execute(target, TABLE + functions)
    execute(reference, TABLE + functions + f"""
        GRANT SELECT, INSERT ON public.t TO {role};
        REVOKE ALL ON FUNCTION public.secret() FROM PUBLIC;""")

    assert run_cli("diff", reference, target, "--exit-code").exit_code == 0  # not compared by default

    dry = run_cli("diff", reference, target, "--privileges", "--exit-code", "--no-color")
    assert dry.exit_code == 3, dry.stdout
    assert f"ℹ grant privilege SELECT on table public.t to {role}" in dry.stdout
    assert "privilege EXECUTE on function public.secret() revoked from public differs" in dry.stdout

    applied = run_cli("diff", reference, target, "--privileges", "--apply", "--exit-code", "--no-color")
    assert applied.exit_code == 4, applied.stdout + applied.stderr  # the REVOKE still needs a person
    assert scalar(target, f"SELECT has_table_privilege('{role}', 'public.t', 'INSERT')")
    # the REVOKE was reported, not run
    assert scalar(target, "SELECT has_function_privilege('public', 'public.secret()', 'EXECUTE')")

    # A reference granting to a role this server does not have: held back, the deploy goes on.
    dump = dump_schema(ConnInfo.parse(reference), privileges=True).text.replace(role, "nobody_here")
    (tmp_path / "ref.sql").write_text(dump, encoding="utf-8")
    held = run_cli("diff", str(tmp_path / "ref.sql"), target, "--privileges", "--apply", "--no-color")
    assert held.exit_code == 0, held.stdout + held.stderr
    message = "held back: privilege SELECT on table public.t to nobody_here: the role does not exist"
    assert message in held.stdout


def test_a_new_function_the_reference_locks_down_is_created_locked_down(pg_server) -> None:
    """A SECURITY DEFINER function the reference takes EXECUTE from PUBLIC was created callable by
    everyone, and the REVOKE reported for a person (found in pg-schema-diff's privilege cases). The
    REVOKE now runs right after the CREATE, in its block: it takes back only what CREATE granted."""
    reference, target = pg_server.create_database(), pg_server.create_database()
    execute(reference, "CREATE FUNCTION public.secret(a integer, b text DEFAULT 'x') RETURNS integer "
                       "LANGUAGE sql SECURITY DEFINER AS 'SELECT 42';"
                       "REVOKE ALL ON FUNCTION public.secret(integer, text) FROM PUBLIC;"
                       "CREATE FUNCTION public.open() RETURNS integer LANGUAGE sql AS 'SELECT 1';")
    applied = run_cli("diff", reference, target, "--privileges", "--apply", "--exit-code", "--no-color")
    assert applied.exit_code == 0, applied.stdout + applied.stderr
    assert not scalar(target, "SELECT has_function_privilege('public', 'public.secret(integer, text)', "
                              "'EXECUTE')")
    assert scalar(target, "SELECT has_function_privilege('public', 'public.open()', 'EXECUTE')")
    assert run_cli("diff", reference, target, "--privileges", "--exit-code").exit_code == 0


def test_new_attribute_of_a_composite_type_keeps_the_values_in_use(pg_server) -> None:
    reference, target = pg_server.create_database(), pg_server.create_database()
    execute(target, """CREATE TYPE public.address AS (street text, city text);
        CREATE TABLE public.people (id integer, home public.address);
        INSERT INTO public.people VALUES (1, ROW('Main St 1', 'Oslo'));""")
    execute(reference, """CREATE TYPE public.address AS (street text, city text, zip text);
        CREATE TABLE public.people (id integer, home public.address);""")
    result = run_cli("diff", reference, target, "--apply", "--exit-code", "--no-color")
    assert result.exit_code == 0, result.stdout + result.stderr
    assert "ℹ add attribute public.address.zip" in result.stdout
    with psycopg.connect(target, autocommit=True) as conn:
        home = conn.execute("SELECT (home).street, (home).city, (home).zip FROM public.people").fetchone()
    assert home == ("Main St 1", "Oslo", None)


def test_grant_all_includes_maintain_where_the_server_has_it(pg_server, pg15_server) -> None:
    """``GRANT ALL ON TABLE`` on PostgreSQL 17+ means eight privileges, MAINTAIN included: it was
    synced as seven, silently. A PostgreSQL 15 target cannot have MAINTAIN: ``ALL`` from a PostgreSQL
    18 reference, on a table or as a default privilege, is complete there with seven (it never
    converged: ``ALL`` of default privileges was not expanded, and pg_dump 18 lists seven for 15)."""
    role = f"writer_{uuid.uuid4().hex[:8]}"
    grants = (f"CREATE TABLE public.p (id integer); GRANT ALL ON TABLE public.p TO {role};"
              f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT ALL ON TABLES TO {role};")
    for server in (pg_server, pg15_server):
        execute(server.url(), f"CREATE ROLE {role}")
    reference = pg_server.create_database()
    execute(reference, grants)
    on_18, on_15 = pg_server.create_database(), pg15_server.create_database()
    for target in (on_18, on_15):
        applied = run_cli("diff", reference, target, "--privileges", "--apply", "--exit-code", "--no-color")
        assert applied.exit_code == 0, applied.stdout + applied.stderr
        again = run_cli("diff", reference, target, "--privileges", "--exit-code", "--no-color")
        assert again.exit_code == 0, again.stdout
        for privilege in ("SELECT", "TRUNCATE", "TRIGGER"):
            assert scalar(target, f"SELECT has_table_privilege('{role}', 'public.p', '{privilege}')")
    assert scalar(on_18, f"SELECT has_table_privilege('{role}', 'public.p', 'MAINTAIN')")
    defaults = "SELECT defaclacl::text FROM pg_default_acl WHERE defaclobjtype = 'r'"
    assert "=arwdDxtm/" in scalar(on_18, defaults) and "=arwdDxt/" in scalar(on_15, defaults)


def test_a_default_or_not_null_the_targets_domain_lacks_is_added(pg_server) -> None:
    """As on a column: SET DEFAULT, and SET NOT NULL held back where stored values are NULL. Both
    were only reported (found in pg-schema-diff's domain cases)."""
    reference, target = pg_server.create_database(), pg_server.create_database()
    execute(reference, "CREATE DOMAIN public.code AS integer DEFAULT 7 NOT NULL;"
                       "CREATE DOMAIN public.name AS text NOT NULL;"
                       "CREATE DOMAIN public.other AS integer DEFAULT 1;"
                       "CREATE TABLE public.t (a public.code, b public.name);")
    execute(target, "CREATE DOMAIN public.code AS integer; CREATE DOMAIN public.name AS text;"
                    "CREATE DOMAIN public.other AS integer DEFAULT 2;"
                    "CREATE TABLE public.t (a public.code, b public.name);"
                    "INSERT INTO public.t VALUES (1, NULL);")
    applied = run_cli("diff", reference, target, "--apply", "--exit-code", "--no-color")
    assert applied.exit_code == 4, applied.stdout + applied.stderr
    assert "held back: domain public.name: stored values are NULL" in applied.stdout
    assert "domain public.other differs: default: reference 1, target 2" in applied.stdout  # never changed
    assert scalar(target, "SELECT typnotnull AND typdefault = '7' FROM pg_type WHERE typname = 'code'")
    assert scalar(target, "SELECT NOT typnotnull FROM pg_type WHERE typname = 'name'")
