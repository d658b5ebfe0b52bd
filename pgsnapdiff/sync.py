"""The pipeline that ``diff`` runs: read both sides, compare, plan; apply and verify on request."""

from __future__ import annotations

from dataclasses import dataclass

from .apply import apply_plan
from .diff import DiffResult, diff_models
from .errors import ConfigError
from .plan import Plan, make_plan
from .render import Report
from .sources import Side, SideReader, default_target


@dataclass
class Comparison:
    reference: Side
    target: Side
    result: DiffResult
    plan: Plan


def compare(reference: str, target: str | None, *, pg_bin: str | None = None) -> Comparison:
    target = default_target(target)
    with SideReader(pg_bin=pg_bin) as reader:
        ref_side = reader.read(reference)
        target_side = reader.read(target)
    result = diff_models(ref_side.model, target_side.model)
    return Comparison(ref_side, target_side, result, make_plan(ref_side.model, result))


def apply_and_verify(comparison: Comparison, report: Report, *, lock_timeout: float,
                     pg_bin: str | None = None, progress=None) -> None:
    """Apply the plan to the target database, then re-dump it and re-diff to prove convergence."""
    conn = comparison.target.conn
    if conn is None:
        raise ConfigError(f"--apply needs a database as TARGET, not the {comparison.target.kind} "
                          f"{comparison.target.spec}")
    report.applied = apply_plan(comparison.plan, conn, lock_timeout=lock_timeout, progress=progress)
    with SideReader(pg_bin=pg_bin) as reader:
        after = reader.read_database(conn)
    report.verified = diff_models(comparison.reference.model, after.model)
    report.verified_plan = make_plan(comparison.reference.model, report.verified)
