"""The pipeline that ``diff`` runs: read both sides, compare, plan; apply and verify on request.

Fast on large schemas (see bench/): when the target is a database, its pg_dump runs in the
background while the reference is read (dumped, loaded or just read from a file), and only the
statements that differ between the two sides are parsed (fastpath.py). ``full=True`` parses both
sides whole, for the callers that need every object of both models.
"""

from __future__ import annotations

import dataclasses
import gc
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from .apply import apply_plan
from .build import build_model
from .diff import DiffOptions, DiffResult, diff_models
from .dump import DumpRun
from .errors import ConfigError, PgSnapDiffError
from .fastpath import parse_pair
from .hazards import Hazard, plan_hazards, row_estimates
from .ignore import Rule, apply_ignores
from .kinds import privileges
from .online import invalid_indexes
from .parse import ParseCache, parse_pieces, parse_sql
from .plan import Plan, make_plan
from .progress import Spinner
from .render import Report
from .sources import Side, SideReader, database_of, default_target
from .splitting import split_side_halves


@dataclass
class Comparison:
    reference: Side
    target: Side
    result: DiffResult
    plan: Plan
    rules: list[Rule] = field(default_factory=list)
    ignored: int = 0  # objects left out by ignore rules, both sides
    options: DiffOptions = field(default_factory=DiffOptions)  # --privileges, --replace-definitions
    full: bool = False  # both sides parsed whole (see compare)


def compare(reference: str, target: str | None, *, pg_bin: str | None = None,
            ignore: list[Rule] | None = None, options: DiffOptions | None = None, full: bool = False,
            spinner: Spinner | None = None) -> Comparison:
    """Read both sides, compare them, plan. ``full``: parse both sides whole (``-v`` lists every
    unchanged object, a saved plan fingerprints every object); otherwise statements identical on
    both sides are counted as unchanged without being parsed."""
    target = default_target(target)
    options = options or DiffOptions()
    spinner = spinner or Spinner(enabled=False)
    with SideReader(pg_bin=pg_bin, privileges=options.privileges, models=False) as reader, few_collections():
        ref_side, target_side = _read_sides(reader, reference, target, spinner)
    with spinner.phase("comparing"), few_collections():
        ref_side, target_side, skipped = with_models(ref_side, target_side, full=full)
        rules = ignore or []
        ref_side, n_ref = _without_ignored(ref_side, rules)
        target_side, n_target = _without_ignored(target_side, rules)
        ref_side, target_side = _as_the_target_knows(ref_side, target_side, options)
        result = diff_models(ref_side.model, target_side.model, options)
        result.skipped = skipped
        plan = make_plan(ref_side.model, result, replace_definitions=options.replace_definitions,
                         online=options.online, invalid_indexes=_invalid_indexes(target_side))
    return Comparison(ref_side, target_side, result, plan, rules, n_ref + n_target, options, full)


@contextmanager
def few_collections() -> Iterator[None]:
    """Run Python's cyclic garbage collector far less often for the duration of the block.

    Comparing a large schema allocates millions of small objects (AST nodes, model objects) that
    all live until the end; the collector, triggered every 700 allocations, scans them again and
    again: a third of the time on 5,000 tables (bench/). Peak memory stays the same."""
    previous = gc.get_threshold()
    gc.set_threshold(100_000, 50, 1000)
    try:
        yield
    finally:
        gc.set_threshold(*previous)


def _read_sides(reader: SideReader, reference: str, target: str, spinner: Spinner) -> tuple[Side, Side]:
    """Both sides, as text split into statements. A database target is dumped while the reference
    is read and split (the two pg_dumps, or the load of a .sql reference and the dump, overlap);
    with two databases, the dump that finishes first is split while the other still runs. The side
    split second reuses the forms of the first (splitting.py)."""
    conn = database_of(target)
    if conn is None:  # a file, or a target named in pyproject.toml: one after the other
        with spinner.phase("reading the reference"):
            ref_side = _split(reader.read(reference))
        with spinner.phase("reading the target"):
            return ref_side, _split(reader.read(target), like=ref_side)
    ref_conn = database_of(reference)
    with DumpRun(conn, pg_bin=reader.pg_bin, privileges=reader.privileges) as run:
        if ref_conn is None:
            with spinner.phase("reading the reference, dumping the target"):
                ref_side = _split(reader.read(reference))
            with spinner.phase("dumping the target"):
                return ref_side, _split(reader.database_side(conn, run.result()), like=ref_side)
        with DumpRun(ref_conn, pg_bin=reader.pg_bin, privileges=reader.privileges) as ref_run, \
                spinner.phase("dumping both databases"):
            while not (run.finished() or ref_run.finished()):
                time.sleep(0.02)
            first, second = (run, ref_run) if run.finished() else (ref_run, run)
            first_side = _split(reader.database_side(first.target, first.result()))
            second_side = _split(reader.database_side(second.target, second.result()), like=first_side)
    return (first_side, second_side) if first is ref_run else (second_side, first_side)


def _split(side: Side, like: Side | None = None) -> Side:
    """``side`` split into statements; ``like``: a side split already, whose forms are reused."""
    known = like.split.forms if like is not None and like.split is not None else None
    return dataclasses.replace(side, split=split_side_halves(side.text, side.spec, known))


def with_models(reference: Side, target: Side, *, full: bool = False) -> tuple[Side, Side, int]:
    """The two sides with their models built from their text, and how many statements were
    identical on both sides and left out (0 with ``full``)."""
    ref_origin, target_origin = reference.model.origin, target.model.origin
    if full:
        cache: ParseCache = {}
        ref_model = build_model(_parse_whole(reference, cache), ref_origin)
        target_model = build_model(_parse_whole(target, cache), target_origin)
        skipped = 0
    else:
        pair = parse_pair(reference.split or reference.text, ref_origin, target.split or target.text,
                          target_origin)
        ref_model = build_model(pair.reference, ref_origin)
        target_model = build_model(pair.target, target_origin)
        skipped = pair.skipped
    return (dataclasses.replace(reference, model=ref_model, split=None),
            dataclasses.replace(target, model=target_model, split=None), skipped)


def _parse_whole(side: Side, cache: ParseCache) -> list:
    origin = side.model.origin
    if side.split is not None:
        return parse_pieces(side.split.pieces, origin=origin, cache=cache)
    return parse_sql(side.text, origin=origin, cache=cache)


def _without_ignored(side: Side, rules: list[Rule]) -> tuple[Side, int]:
    model, count = apply_ignores(side.model, rules)
    return (dataclasses.replace(side, model=model) if count else side), count


def _as_the_target_knows(reference: Side, target: Side, options: DiffOptions) -> tuple[Side, Side]:
    """Both sides without the privileges the target's server does not know (kinds/privileges.py)."""
    major = target.server_major
    if not options.privileges or major is None or major >= privileges.MAINTAIN_SINCE:
        return reference, target
    known = privileges.without_unknown_privileges
    return (dataclasses.replace(reference, model=known(reference.model, major)),
            dataclasses.replace(target, model=known(target.model, major)))


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
    try:
        with SideReader(pg_bin=pg_bin, privileges=options.privileges, models=False) as reader:
            after = reader.read_database(conn)
    except PgSnapDiffError as err:
        raise PgSnapDiffError(f"the plan was applied ({report.applied.executed} statements committed), but "
                              f"re-reading the target to verify it failed: {err}; run pgsnapdiff diff "
                              "again to check") from None
    with few_collections():
        reference, after, skipped = with_models(comparison.reference, after, full=comparison.full)
        reference, _ = _without_ignored(reference, comparison.rules)
        after, _ = _without_ignored(after, comparison.rules)
        reference, after = _as_the_target_knows(reference, after, options)
        report.verified = diff_models(reference.model, after.model, options)
        report.verified.skipped = skipped
        report.verified_plan = make_plan(reference.model, report.verified,
                                         replace_definitions=options.replace_definitions,
                                         online=options.online, invalid_indexes=_invalid_indexes(after))


def _invalid_indexes(side: Side) -> frozenset[tuple[str, str]]:
    """A database target's INVALID indexes (left by interrupted concurrent builds; pg_dump omits them)."""
    if side.conn is None:
        return frozenset()
    with side.conn.connect(autocommit=True) as conn:
        return invalid_indexes(conn)


def hazards_of(comparison: Comparison) -> list[Hazard]:
    """Per-step hazards, with the target's row estimates when the target is a database."""
    with few_collections():
        hazards = plan_hazards(comparison.plan, comparison.reference.model)
    tables = {h.table for h in hazards if h.table}
    if comparison.target.conn is None or not tables:
        return hazards
    with comparison.target.conn.connect(autocommit=True) as conn:
        rows = row_estimates(conn, tables)
    return [dataclasses.replace(h, rows=rows.get(h.table)) if h.table else h for h in hazards]
