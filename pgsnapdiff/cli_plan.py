"""``pgsnapdiff apply PLAN.json [TARGET]``: run exactly the reviewed statements, or refuse."""

from __future__ import annotations

import json
import os
import sys

import click

from .apply import apply_plan
from .cli import _fail, _setup_logging, main
from .conn import ConnInfo
from .errors import ConfigError, PgSnapDiffError
from .model import Constraint, Model
from .plan import Step
from .planfile import PlanRefused, SavedPlan, drift, read_plan
from .sources import SideReader


def _target_spec(saved: SavedPlan, target: str | None) -> str:
    spec = target or saved.target.get("spec") or os.environ.get("DATABASE_URL")
    if not spec:
        raise ConfigError("no TARGET given, none in the plan, and $DATABASE_URL is not set: pass TARGET "
                          "(a postgresql:// URL) or set DATABASE_URL")
    return spec


def still_pending(steps: list[Step], after: Model) -> list[Step]:
    """Steps whose object the target still lacks (or, for VALIDATE, still has NOT VALID)."""
    pending = []
    for step in steps:
        obj = after.get(step.key)
        if obj is None or (step.action == "validate" and isinstance(obj, Constraint) and not obj.valid):
            pending.append(step)
    return pending


@main.command("apply")
@click.argument("plan_file", type=click.Path(dir_okay=False))
@click.argument("target", required=False)
@click.option("--lock-timeout", type=click.FloatRange(min=0.001), default=5.0, show_default=True,
              metavar="SECONDS", help="Longest wait for a table lock while applying.")
@click.option("--pg-bin", metavar="DIR", envvar="PGSNAPDIFF_PG_BIN", help="Directory of PostgreSQL binaries.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("-v", "--verbose", count=True, help="Say which binaries are used.")
def apply_command(plan_file: str, target: str | None, lock_timeout: float, pg_bin: str | None, fmt: str,
                  verbose: int) -> None:
    """Run a saved plan (from diff --plan-out) exactly as reviewed.

    The target is re-read first; if its schema changed since the plan was made, the plan is refused
    (exit 1) and the changes are named. TARGET defaults to the plan's target, then $DATABASE_URL;
    a password is never stored in the plan (use PGPASSWORD, ~/.pgpass or a service file).

    \b
    Example:
      pgsnapdiff diff snapshots/schema.sql "$DATABASE_URL" --plan-out plan.json   # review plan.json
      pgsnapdiff apply plan.json "$DATABASE_URL"
    """
    _setup_logging(verbose)
    try:
        saved = read_plan(plan_file)
        conn = ConnInfo.parse(_target_spec(saved, target))
        with SideReader(pg_bin=pg_bin) as reader:
            changes = drift(saved, reader.read_database(conn).model)
            if changes:
                more = f"; and {len(changes) - 8} more" if len(changes) > 8 else ""
                shown = "; ".join(changes[:8]) + more
                raise PlanRefused(f"the target changed since the plan was made ({shown}); nothing run: "
                                  "make and review a new plan")
            result = apply_plan(saved.plan, conn, lock_timeout=lock_timeout,
                                progress=lambda msg: click.echo(f"pgsnapdiff: {msg}", err=True))
            pending = still_pending(saved.steps, reader.read_database(conn).model)
    except PgSnapDiffError as err:
        _fail(err)
    except KeyboardInterrupt:
        click.echo("pgsnapdiff: interrupted; nothing more was changed", err=True)
        sys.exit(130)
    not_held = [s for s in pending if not s.may_hold_back]
    if fmt == "json":
        click.echo(json.dumps({"statements": result.executed, "held_back": result.held_back,
                               "pending_after": [f"{s.action} {s.what}" for s in pending],
                               "converged": not pending}, indent=2, sort_keys=True, ensure_ascii=False))
    else:
        click.echo(f"pgsnapdiff: applied {result.executed} reviewed statements from {plan_file} "
                   f"to {conn.describe()} in {result.seconds:.2f}s")
        for held in result.held_back:
            click.echo(f"⚠ held back: {held}")
        click.echo("✓ verified: every planned object is now in the target" if not pending else
                   f"⚠ verified: {len(pending)} planned step(s) still pending")
    if not_held:
        click.echo("pgsnapdiff: error: the plan applied but these objects are still missing: "
                   + ", ".join(f"{s.action} {s.what}" for s in not_held[:5]), err=True)
        sys.exit(1)
