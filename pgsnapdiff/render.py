"""Reports for people and for programs: text, sql, json, markdown.

- text: ``✓`` exists (counted; listed with -v), ``ℹ`` will be created, ``⚠`` needs a person, then a
  summary line. Colour only on a terminal, never with ``NO_COLOR`` or ``--no-color``.
- sql: the script alone, valid input for ``psql -v ON_ERROR_STOP=1 -f -`` and safe to run twice.
- json: a stable document, versioned by ``format_version``; documented in README.
- markdown: a pull-request comment (GitHub-flavoured): a summary table, the steps, the SQL in a fenced
  block, then everything that needs a person. Names are user data: they are escaped so that a table
  called ``a|b`` or ``<img>`` cannot break the table or inject HTML into the comment.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass

import click

from . import __version__
from .apply import ApplyResult
from .diff import Change, Differs, DiffResult, Extra, FieldDiff, NotCompared
from .hazards import NO_DATA, Hazard
from .plan import Plan, one_line

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


STAGE_NOTES = {"concurrent": " (concurrently, after the transaction)",
               "after": " (after the concurrent builds, in its own transaction)"}


def _clean(text: str) -> str:
    """Names may hold newlines or terminal escapes: shown escaped, so one item stays one line."""
    return "".join(ch if ch >= " " and ch != "\x7f" else repr(ch)[1:-1] for ch in text)


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
                out.append(self.style("✓", fg="green") + f" {_clean(change.obj.display)} exists")
        hazards = report.hazards or [None] * len(report.plan.steps)
        for step, hazard in zip(report.plan.steps, hazards, strict=True):
            note = " (held back, with a warning, if the target does not allow it yet)" \
                if step.may_hold_back else ""
            note += STAGE_NOTES.get(step.stage, "")
            line = self.style("ℹ", fg="cyan") + f" {step.action} {_clean(step.what)}{note}"
            if _worth_showing(hazard):
                line += self.style(f"  [{hazard.describe()}]", dim=True)
            out.append(line)
        for change in result.attention:
            out.append(self.style("⚠", fg="yellow") + " " + _clean(describe_difference(change)))
        nc = [c for c in result.changes if isinstance(c, NotCompared)]
        if nc:
            out.append(self.style("·", dim=True) + f" not compared yet: {not_compared_summary(result)}")
            if self.verbose:
                for c in nc:
                    out.append(f"    {_clean(c.obj.display)} ({c.side})")  # type: ignore[attr-defined]
        out.append(self.summary(report))
        if report.applied is not None:
            out.extend(self.applied(report))
        return "\n".join(out)

    def summary(self, report: Report) -> str:
        result = report.result
        n_nc = sum(1 for c in result.changes if isinstance(c, NotCompared))
        text = (f"Summary: {len(report.plan.steps)} to apply, {result.unchanged} unchanged, "
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
            how = ("in one transaction" if all(s.stage == "transaction" for s in report.plan.steps)
                   else "online: a transaction, then concurrent index builds and short transactions")
            out.append(self.style("✓", fg="green") + f" applied {applied.executed} statements in "
                       f"{applied.seconds:.2f}s, {how}")
        for held in applied.held_back:
            out.append(self.style("⚠", fg="yellow") + f" held back: {_clean(held)}")
        for notice in applied.notices:
            out.append(self.style("⚠", fg="yellow") + f" server warning: {_clean(notice)}")
        if report.verified_plan is not None:
            pending = len(report.verified_plan.steps)
            if pending == 0:
                out.append(self.style("✓", fg="green") + " verified: the target now has everything the "
                           "reference adds (re-dumped and re-compared)")
            else:
                why = ("held back, see the warnings above" if applied.held_back
                       else "PostgreSQL skipped them: an object the comparison does not see holds the name?")
                out.append(self.style("⚠", fg="yellow") + f" verified: {pending} additive step(s) still "
                           f"pending after apply ({why})")
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
            "unchanged": result.unchanged,
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


# -- markdown: a pull-request comment ----------------------------------------------------------------

MARKDOWN_MARKER = "<!-- pgsnapdiff report -->"  # lets a CI bot find and update its previous comment
MARKDOWN_SQL_OPEN_LINES = 60  # longer scripts are folded in <details> so the comment stays readable


def render_markdown(report: Report) -> str:
    """The report as a pull-request comment: what a merge will do to the target, for a reviewer."""
    result = report.result
    n_nc = sum(1 for c in result.changes if isinstance(c, NotCompared))
    counts = {"to apply": len(report.plan.steps), "need attention": len(result.attention),
              "unchanged": result.unchanged, "not compared yet": n_nc}
    if report.ignored:
        counts["ignored by rules"] = report.ignored
    out = [MARKDOWN_MARKER,
           f"### pgsnapdiff: {_md_code(report.reference, in_table=False)} → "
           f"{_md_code(report.target, in_table=False)}", "",
           "| " + " | ".join(counts) + " |", "|" + "---:|" * len(counts),
           "| " + " | ".join(str(n) for n in counts.values()) + " |", ""]
    out.append(_md_status(report))
    if report.plan.steps:
        out += ["", "#### Plan (additive, idempotent)", "", "| # | action | object | on a live table |",
                "|---:|---|---|---|"]
        hazards = report.hazards or [None] * len(report.plan.steps)
        for i, (step, hazard) in enumerate(zip(report.plan.steps, hazards, strict=True), 1):
            notes = [hazard.describe()] if _worth_showing(hazard) else []
            if step.may_hold_back:
                notes.append("held back, with a warning, if the target does not allow it yet")
            out.append(f"| {i} | {step.action} | {_md_object(step.what, step.key[0])} "
                       f"| {_md_text('; '.join(notes))} |")
        out += [""] + _md_sql(report.plan.script())
    warnings = _md_warnings(report)
    if warnings:
        out += ["", "#### ⚠ Needs attention (never executed: a person decides)", ""] + warnings
    if n_nc:
        out += ["", f"· Not compared yet: {_md_text(not_compared_summary(result))}."]
    out += ["", f"<sub>pgsnapdiff {__version__}</sub>"]
    return "\n".join(out) + "\n"


def _md_status(report: Report) -> str:
    applied = report.applied
    if applied is None:
        if report.plan.steps:
            return "**Dry run:** nothing was changed. The plan below runs with `--apply`."
        return "**Nothing to apply:** the target has everything the reference adds."
    text = f"**Applied** {applied.executed} statement(s) in {applied.seconds:.2f}s, in one transaction."
    if report.verified_plan is not None:
        pending = len(report.verified_plan.steps)
        text += (" Verified: the target converged (re-dumped and re-compared)." if pending == 0 else
                 f" Verified: {pending} additive step(s) still pending (held back, see the warnings).")
    return text


def _md_warnings(report: Report) -> list[str]:
    items = [f"- {_md_text(describe_difference(c))}" for c in report.result.attention]
    if report.applied is not None:
        items += [f"- held back: {_md_text(h)}" for h in report.applied.held_back]
        items += [f"- server warning: {_md_text(n)}" for n in report.applied.notices]
    return items


def _md_sql(script: str) -> list[str]:
    """The script in a fenced block whose fence is longer than any run of backticks inside it."""
    longest = max((len(run) for run in re.findall(r"`+", script)), default=0)
    fence = "`" * max(3, longest + 1)
    block = [f"{fence}sql", script.rstrip("\n"), fence]
    n_lines = script.count("\n") + 1
    if n_lines <= MARKDOWN_SQL_OPEN_LINES:
        return block
    return [f"<details><summary>SQL script ({n_lines} lines)</summary>", ""] + block + ["", "</details>"]


def _md_object(step_what: str, kind: str) -> str:
    """``column app.orders.note`` → column `app.orders.note`: the kind as words, the name as code."""
    if step_what.startswith(kind + " "):
        return f"{kind} {_md_code(step_what[len(kind) + 1:])}"
    return _md_code(step_what)


def _md_code(text: str, *, in_table: bool = True) -> str:
    """An inline code span: one line, a fence longer than any backtick run inside, and in a table
    cell the pipe escaped (GitHub splits cells before it parses code spans, and renders ``\\|`` there
    as a pipe). Nothing else in a code span is interpreted, so HTML in a name shows as text."""
    text = one_line(text)
    if in_table:
        text = text.replace("|", "\\|")
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") or not text.strip() else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def _md_text(text: str) -> str:
    """Plain text in a list item or cell: HTML and markdown punctuation shown as typed."""
    text = one_line(text)
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return re.sub(r"([\\`*_\[\]|#~])", r"\\\1", text)


def _worth_showing(hazard: Hazard | None) -> bool:
    """A hazard on an existing table, or one that acts beyond a table (a materialized view's query,
    a domain's stored values, a composite type's row shape); not "creates a new object"."""
    return hazard is not None and (hazard.table is not None or hazard.effect not in _QUIET_EFFECTS)


_QUIET_EFFECTS = frozenset({NO_DATA.effect, "no table data", "catalog change only"})
