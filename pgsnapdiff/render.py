"""Reports for people and for programs: text, sql, json.

- text: ``✓`` exists (counted; listed with -v), ``ℹ`` will be created, ``⚠`` needs a person, then a
  summary line. Colour only on a terminal, never with ``NO_COLOR`` or ``--no-color``.
- sql: the script alone, valid input for ``psql -v ON_ERROR_STOP=1 -f -`` and safe to run twice.
- json: a stable document, versioned by ``format_version``; documented in README.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass

import click

from . import __version__
from .apply import ApplyResult
from .diff import Change, Differs, DiffResult, Extra, FieldDiff, NotCompared
from .hazards import Hazard
from .plan import Plan

JSON_FORMAT_VERSION = 1


@dataclass
class Report:
    reference: str
    target: str
    result: DiffResult
    plan: Plan
    applied: ApplyResult | None = None
    verified: DiffResult | None = None  # the re-diff after --apply
    verified_plan: Plan | None = None
    ignored: int = 0  # objects left out by ignore rules
    hazards: list[Hazard] | None = None  # one per plan step, when computed


def describe_difference(change: Change) -> str:
    if isinstance(change, Extra):
        return f"{change.obj.display}: only in the target (left in place, never dropped)"
    assert isinstance(change, Differs)
    parts = [_field(f) for f in change.fields]
    return f"{change.obj.display} differs: " + "; ".join(parts)


def _field(f: FieldDiff) -> str:
    if f.field == "valid":
        return f.detail
    ref = _show(f.reference)
    tgt = _show(f.target)
    return f"{f.field}: reference {ref}, target {tgt}"


def _show(value: object) -> str:
    if value in ("", None, ()):
        return "(none)"
    if isinstance(value, tuple):
        return "(" + ", ".join(str(v) for v in value) + ")"
    return str(value)


def not_compared_summary(result: DiffResult) -> str:
    items = [c for c in result.changes if isinstance(c, NotCompared)]
    counts = Counter(c.obj.what for c in items)  # type: ignore[attr-defined]
    return ", ".join(f"{n} {what}" for what, n in sorted(counts.items()))


class TextRenderer:
    def __init__(self, *, color: bool, verbose: bool) -> None:
        self.color = color
        self.verbose = verbose

    def style(self, text: str, **kw) -> str:
        return click.style(text, **kw) if self.color else text

    def render(self, report: Report) -> str:
        out = [f"pgsnapdiff {__version__}: {report.reference} → {report.target}"]
        result = report.result
        if self.verbose:
            for change in result.by_status("same"):
                out.append(self.style("✓", fg="green") + f" {change.obj.display} exists")
        hazards = report.hazards or [None] * len(report.plan.steps)
        for step, hazard in zip(report.plan.steps, hazards, strict=True):
            note = " (only if existing rows allow it)" if step.may_hold_back else ""
            line = self.style("ℹ", fg="cyan") + f" {step.action} {step.what}{note}"
            if hazard is not None and hazard.table is not None:
                line += self.style(f"  [{hazard.describe()}]", dim=True)
            out.append(line)
        for change in result.attention:
            out.append(self.style("⚠", fg="yellow") + " " + describe_difference(change))
        nc = [c for c in result.changes if isinstance(c, NotCompared)]
        if nc:
            out.append(self.style("·", dim=True) + f" not compared yet: {not_compared_summary(result)}")
            if self.verbose:
                for c in nc:
                    out.append(f"    {c.obj.display} ({c.side})")  # type: ignore[attr-defined]
        out.append(self.summary(report))
        if report.applied is not None:
            out.extend(self.applied(report))
        return "\n".join(out)

    def summary(self, report: Report) -> str:
        result = report.result
        n_nc = sum(1 for c in result.changes if isinstance(c, NotCompared))
        text = (f"Summary: {len(report.plan.steps)} to apply, {len(result.by_status('same'))} unchanged, "
                f"{len(result.attention)} need attention, {n_nc} not compared yet"
                + (f", {report.ignored} ignored by rules." if report.ignored else "."))
        if report.applied is None:
            if report.plan.steps:
                text += " Dry run: nothing changed (re-run with --apply to apply)."
            else:
                text += " Nothing to apply."
        return self.style(text, bold=True)

    def applied(self, report: Report) -> list[str]:
        applied = report.applied
        assert applied is not None
        out = []
        if applied.executed:
            out.append(self.style("✓", fg="green") + f" applied {applied.executed} statements in "
                       f"{applied.seconds:.2f}s, in one transaction")
        for held in applied.held_back:
            out.append(self.style("⚠", fg="yellow") + f" held back: {held}")
        for notice in applied.notices:
            out.append(self.style("⚠", fg="yellow") + f" server warning: {notice}")
        if report.verified_plan is not None:
            pending = len(report.verified_plan.steps)
            if pending == 0:
                out.append(self.style("✓", fg="green") + " verified: the target now has everything the "
                           "reference adds (re-dumped and re-compared)")
            else:
                out.append(self.style("⚠", fg="yellow") + f" verified: {pending} additive step(s) still "
                           "pending after apply (held back by existing data, see above)")
        return out


def render_sql(report: Report) -> str:
    return report.plan.script()


def render_json(report: Report) -> str:
    result = report.result
    doc: dict[str, object] = {
        "format_version": JSON_FORMAT_VERSION,
        "pgsnapdiff_version": __version__,
        "reference": report.reference,
        "target": report.target,
        "summary": {
            "to_apply": len(report.plan.steps),
            "unchanged": len(result.by_status("same")),
            "attention": len(result.attention),
            "not_compared": sum(1 for c in result.changes if isinstance(c, NotCompared)),
            "ignored": report.ignored,
        },
        "steps": [
            {"action": s.action, "object": s.what, "kind": s.key[0], "key": list(s.key), "sql": s.sql,
             "may_hold_back": s.may_hold_back, "hazard": _json_hazard(h)}
            for s, h in zip(report.plan.steps, report.hazards or [None] * len(report.plan.steps), strict=True)
        ],
        "attention": [_json_change(c) for c in result.attention],
        "not_compared": [
            {"kind": c.obj.what, "name": c.obj.name, "side": c.side}  # type: ignore[attr-defined]
            for c in result.changes if isinstance(c, NotCompared)
        ],
        "applied": None,
    }
    if report.applied is not None:
        doc["applied"] = {
            "statements": report.applied.executed,
            "held_back": report.applied.held_back,
            "converged": report.verified_plan is not None and report.verified_plan.empty,
            "pending_after": len(report.verified_plan.steps) if report.verified_plan else None,
        }
    return json.dumps(doc, indent=2, sort_keys=True, ensure_ascii=False)


def _json_hazard(hazard: Hazard | None) -> dict[str, object] | None:
    if hazard is None:
        return None
    return {"lock": hazard.lock, "effect": hazard.effect, "rows": hazard.rows,
            "table": list(hazard.table) if hazard.table else None}


def _json_change(change: Change) -> dict[str, object]:
    out: dict[str, object] = {"object": change.obj.display, "kind": change.obj.kind,
                              "key": list(change.key), "status": change.status,
                              "message": describe_difference(change)}
    if isinstance(change, Differs):
        out["fields"] = [{"field": f.field, "reference": _jsonable(f.reference),
                          "target": _jsonable(f.target)} for f in change.fields]
    return out


def _jsonable(value: object) -> object:
    return list(value) if isinstance(value, tuple) else value
