"""Command line: parse options, call the pipeline, map outcomes to exit codes. Nothing else."""

from __future__ import annotations

import logging
import os
import sys

import click

from . import __version__
from .diff import DiffOptions
from .errors import EXIT_DIFFERS, EXIT_OK, EXIT_PENDING, NotConverged, PgSnapDiffError
from .ignore import parse_rules
from .planfile import make_saved_plan, write_plan
from .progress import Spinner
from .render import Report, TextRenderer, render_json, render_markdown, render_sql
from .sync import Comparison, apply_and_verify, compare, hazards_of

EXIT_CODES_HELP = """\b
Exit codes: 0 success, nothing left to do; 1 error (nothing changed, unless it says so); 2 usage error;
with --exit-code: 3 additive changes pending, 4 only non-additive differences remain."""


def _use_color(no_color: bool) -> bool:
    return not no_color and "NO_COLOR" not in os.environ and sys.stdout.isatty()


def _setup_logging(verbose: int) -> None:
    level = logging.WARNING if verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG
    logging.basicConfig(level=level, format="pgsnapdiff: %(message)s", stream=sys.stderr)


_AS_PROGRAM = False  # set by run(): the process ends with the command (not so under click's test runner)


def run() -> None:
    """The program's entry point (the ``pgsnapdiff`` command, ``python -m pgsnapdiff``)."""
    global _AS_PROGRAM
    _AS_PROGRAM = True
    main()


def _finish(status: int) -> None:
    """Exit with ``status``. As a program, after the output is flushed and exit handlers have run,
    without Python freeing the models object by object first: a third of a second on a schema of
    5,000 tables (bench/), for memory the kernel takes back at once anyway."""
    if not _AS_PROGRAM:
        sys.exit(status)
    import atexit

    atexit._run_exitfuncs()
    logging.shutdown()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except OSError:
        sys.exit(status)  # the normal route, which reports a closed pipe as it always did
    os._exit(status)


def _fail(err: PgSnapDiffError) -> None:
    click.echo(f"pgsnapdiff: error: {err}", err=True)
    sys.exit(err.exit_code)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="pgsnapdiff")
def main() -> None:
    """Keep a PostgreSQL schema in sync with a reference, additively and idempotently.

    \b
    Examples:
      pgsnapdiff demo                                                # the whole job, on throwaway servers
      pgsnapdiff snapshot                                            # write snapshots/schema.sql
      pgsnapdiff diff snapshots/schema.sql "$DATABASE_URL"           # dry run
      pgsnapdiff diff snapshots/schema.sql "$DATABASE_URL" --apply   # apply and verify

    Run `pgsnapdiff COMMAND --help` for each command's options and examples.

    \b
    Shell completion, in ~/.bashrc (zsh_source in ~/.zshrc, fish_source for fish):
      eval "$(_PGSNAPDIFF_COMPLETE=bash_source pgsnapdiff)"
    """
    from .server import install_signal_handlers

    install_signal_handlers()


@main.command(epilog=EXIT_CODES_HELP)
@click.argument("reference")
@click.argument("target", required=False)
@click.option("--apply", "apply_", is_flag=True, help="Run the plan (one transaction), then verify.")
@click.option("--dry-run", is_flag=True, help="Only report (the default).")
@click.option("--format", "fmt", type=click.Choice(["text", "sql", "json", "markdown"]), default="text",
              show_default=True, help="text report, the SQL script alone, JSON (documented, versioned), "
              "or markdown (a pull-request comment).")
@click.option("--exit-code", is_flag=True, help="Exit 3 when additive changes are pending, 4 when only "
              "non-additive differences remain (for CI).")
@click.option("--lock-timeout", type=click.FloatRange(min=0.001), default=5.0, show_default=True,
              metavar="SECONDS", help="Longest wait for a table lock while applying.")
@click.option("--retries", type=click.IntRange(0, 100), default=0, show_default=True, metavar="N",
              help="After a lock timeout, run the apply transaction again up to N times (1s, 2s, 4s apart).")
@click.option("--pg-bin", metavar="DIR", envvar="PGSNAPDIFF_PG_BIN",
              help="Directory of PostgreSQL binaries (pg_dump, and postgres/initdb for .sql files).")
@click.option("--plan-out", type=click.Path(dir_okay=False), metavar="FILE",
              help="Save the plan, with a fingerprint of the target, for `pgsnapdiff apply FILE`.")
@click.option("--ignore", "ignore", multiple=True, metavar="PATTERN",
              help="Leave objects out of the comparison: kind:glob on the qualified name, e.g. "
              "'table:audit.*', 'schema:partman', 'extension:pg_stat_statements'. Repeatable.")
@click.option("--privileges", is_flag=True, help="Also compare privileges (GRANT) and grant missing ones; "
              "off by default, since roles differ between environments.")
@click.option("--online", is_flag=True, help="Keep big tables writable: build indexes on existing tables "
              "CONCURRENTLY after the transaction (with progress), validate constraints in short "
              "transactions after it; rebuild an index left INVALID by an interrupted build.")
@click.option("--replace-definitions", is_flag=True, help="Replace views and functions whose definition "
              "differs (CREATE OR REPLACE; loses no data but changes behaviour). Default: report them.")
@click.option("--no-color", is_flag=True, help="No colour (also: NO_COLOR set, or not a terminal).")
@click.option("-v", "--verbose", count=True, help="List unchanged objects; say which binaries are used.")
def diff(reference: str, target: str | None, apply_: bool, dry_run: bool, fmt: str, exit_code: bool,
         lock_timeout: float, retries: int, pg_bin: str | None, plan_out: str | None, ignore: tuple[str, ...],
         privileges: bool, online: bool, replace_definitions: bool, no_color: bool, verbose: int) -> None:
    """Compare REFERENCE with TARGET and plan additive, idempotent changes.

    REFERENCE and TARGET are each a postgresql:// URL, a pgsnapdiff snapshot (or pg_dump file), or
    a .sql file of DDL (loaded into a throwaway PostgreSQL). TARGET defaults to $DATABASE_URL.
    Nothing destructive is ever run: drops, type changes and the like are reported only.

    \b
    Examples:
      pgsnapdiff diff snapshots/schema.sql postgresql://app@db/prod
      pgsnapdiff diff schema.sql "$DATABASE_URL" --format sql | psql -v ON_ERROR_STOP=1 -f -
      pgsnapdiff diff snapshots/schema.sql --apply --exit-code
      pgsnapdiff diff snapshots/schema.sql "$STAGING_URL" --format markdown > plan.md
    """
    if apply_ and dry_run:
        raise click.UsageError("--apply and --dry-run contradict each other: give one (a dry run is the "
                               "default)")
    _setup_logging(verbose)
    try:
        options = DiffOptions(privileges=privileges, replace_definitions=replace_definitions, online=online)
        rules = parse_rules([*_configured_ignores(), *ignore])
        with Spinner() as spinner:  # on a terminal only; -v and --plan-out need whole models
            comparison = compare(reference, target, pg_bin=pg_bin, ignore=rules,
                                 options=options, full=bool(verbose or plan_out), spinner=spinner)
        report = Report(comparison.reference.spec, comparison.target.spec, comparison.result, comparison.plan,
                        ignored=comparison.ignored,
                        hazards=None if fmt == "sql" else hazards_of(comparison))  # the script has none
        if plan_out:
            write_plan(make_saved_plan(comparison.plan, comparison.reference.model, comparison.reference.spec,
                                       comparison.target.model, comparison.target.spec), plan_out)
        if apply_:
            apply_and_verify(comparison, report, lock_timeout=lock_timeout, retries=retries, pg_bin=pg_bin,
                             progress=lambda msg: click.echo(f"pgsnapdiff: {msg}", err=True))
    except PgSnapDiffError as err:
        _fail(err)
    except KeyboardInterrupt:
        click.echo("pgsnapdiff: interrupted; nothing more was changed", err=True)
        sys.exit(130)
    try:
        _print(report, fmt, color=_use_color(no_color), verbose=verbose > 0)
    except OSError as exc:  # `> plan.sql` on a full disk, a closed pipe: one line, not a traceback
        done = "; the apply itself completed (a dry run shows the state)" if apply_ else ""
        _fail(PgSnapDiffError(f"cannot write the report: {exc.strerror or exc}{done}"))
    _finish(_exit_status(comparison, report, exit_code))


def _configured_ignores() -> tuple[str, ...]:
    """``ignore = [...]`` from ``[tool.pgsnapdiff]``, added to the --ignore patterns."""
    from .config import load_config

    return load_config().ignore


def _print(report: Report, fmt: str, *, color: bool, verbose: bool) -> None:
    if fmt == "sql":
        click.echo(render_sql(report), nl=False)
    elif fmt == "json":
        click.echo(render_json(report))
    elif fmt == "markdown":
        click.echo(render_markdown(report), nl=False)
    else:
        click.echo(TextRenderer(color=color, verbose=verbose).render(report))


def _exit_status(comparison: Comparison, report: Report, exit_code: bool) -> int:
    if report.verified_plan is not None:
        pending = report.verified_plan.steps
        if any(not s.may_hold_back for s in pending):
            _fail(NotConverged("the plan was applied and committed, but the re-diff still has additive "
                               "changes pending: " + ", ".join(f"{s.action} {s.what}" for s in pending[:5])))
        if not exit_code:
            return EXIT_OK
        needs_person = bool(pending) or bool(report.verified and report.verified.attention)
        return EXIT_DIFFERS if needs_person else EXIT_OK
    if not exit_code:
        return EXIT_OK
    if not comparison.plan.empty:
        return EXIT_PENDING
    if comparison.result.attention:
        return EXIT_DIFFERS
    return EXIT_OK


from . import cli_plan, cli_snapshot  # noqa: E402,F401  (register `apply`; `snapshot`, `doctor`, `demo`)
