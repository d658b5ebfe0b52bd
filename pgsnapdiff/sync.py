"""The pipeline that ``diff`` runs: read both sides, compare, plan; apply and verify on request."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

from .apply import apply_plan
from .diff import DiffOptions, DiffResult, diff_models
from .errors import ConfigError
from .hazards import Hazard, plan_hazards, row_estimates
from .ignore import Rule, apply_ignores
from .plan import Plan, make_plan
from .render import Report
from .sources import Side, SideReader, default_target


@dataclass
class Comparison:
    reference: Side
    target: Side
    result: DiffResult
    plan: Plan
    rules: list[Rule] = field(default_factory=list)
    ignored: int = 0  # objects left out by ignore rules, both sides
    options: DiffOptions = field(default_factory=DiffOptions)  # --privileges, --replace-definitions


def compare(reference: str, target: str | None, *, pg_bin: str | None = None,
            ignore: list[Rule] | None = None, options: DiffOptions | None = None) -> Comparison:
    target = default_target(target)
    options = options or DiffOptions()
    with SideReader(pg_bin=pg_bin, privileges=options.privileges) as reader:
        ref_side = reader.read(reference)
        target_side = reader.read(target)
    rules = ignore or []
    ref_side, n_ref = _without_ignored(ref_side, rules)
    target_side, n_target = _without_ignored(target_side, rules)
    result = diff_models(ref_side.model, target_side.model, options)
    plan = make_plan(ref_side.model, result, replace_definitions=options.replace_definitions)
    return Comparison(ref_side, target_side, result, plan, rules, n_ref + n_target, options)


def _without_ignored(side: Side, rules: list[Rule]) -> tuple[Side, int]:
    model, count = apply_ignores(side.model, rules)
    return (dataclasses.replace(side, model=model) if count else side), count


def apply_and_verify(comparison: Comparison, report: Report, *, lock_timeout: float, retries: int = 0,
                     pg_bin: str | None = None, progress=None) -> None:
    """Apply the plan to the target database, then re-dump it and re-diff to prove convergence."""
    conn = comparison.target.conn
    if conn is None:
        raise ConfigError(f"--apply needs a database as TARGET (a postgresql:// URL; drop --apply for a "
                          f"dry run), not the {comparison.target.kind} "
                          f"{comparison.target.spec}")
    report.applied = apply_plan(comparison.plan, conn, lock_timeout=lock_timeout, retries=retries,
                                progress=progress)
    options = comparison.options
    with SideReader(pg_bin=pg_bin, privileges=options.privileges) as reader:
        after, _ = _without_ignored(reader.read_database(conn), comparison.rules)
    report.verified = diff_models(comparison.reference.model, after.model, options)
    report.verified_plan = make_plan(comparison.reference.model, report.verified,
                                     replace_definitions=options.replace_definitions)


def hazards_of(comparison: Comparison) -> list[Hazard]:
    """Per-step hazards, with the target's row estimates when the target is a database."""
    tables = {h.table for h in plan_hazards(comparison.plan, comparison.reference.model) if h.table}
    rows = None
    if comparison.target.conn is not None and tables:
        with comparison.target.conn.connect(autocommit=True) as conn:
            rows = row_estimates(conn, tables)
    return plan_hazards(comparison.plan, comparison.reference.model, rows)
