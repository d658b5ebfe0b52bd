"""Saved plans: what was reviewed is what runs.

``diff --plan-out plan.json`` writes the plan as data: the statements in order, the reference's
identity (a hash of its normalised schema), and a fingerprint of the target's schema at plan time,
with one digest per object so that drift can be named, not just detected. ``apply plan.json``
re-reads the target and refuses when its schema is no longer the one the plan was made for.

The file is stable: sorted keys, no timestamps, versioned by ``format_version``. It never holds a
password: the target is stored in its display form (``ConnInfo.describe``).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from . import __version__
from .errors import PgSnapDiffError, SourceError
from .model import Model
from .plan import Plan, Step

PLAN_FORMAT_VERSION = 1
KEY_SEPARATOR = "\x1f"  # cannot appear in a PostgreSQL identifier


class PlanRefused(PgSnapDiffError):
    """The target changed since the plan was made: the reviewed plan no longer fits it."""


def _digest(data: object) -> str:
    text = json.dumps(data, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def object_digests(model: Model) -> dict[str, str]:
    """One digest per object: its key and the facts a diff compares."""
    return {KEY_SEPARATOR.join(obj.key): _digest(obj.facts()) for obj in model}


def fingerprint(digests: dict[str, str]) -> str:
    return _digest(sorted(digests.items()))


@dataclass(frozen=True)
class SavedPlan:
    reference: dict[str, str]  # {"spec": ..., "sha256": ...}
    target: dict[str, str]  # {"spec": ..., "fingerprint": ...}
    target_objects: dict[str, str]
    steps: list[Step]
    replace_definitions: bool = False  # the opt-in the plan was made with: apply honours exactly it

    def to_json(self) -> str:
        doc = {
            "format_version": PLAN_FORMAT_VERSION,
            "pgsnapdiff_version": __version__,
            "reference": self.reference,
            "target": self.target,
            "target_objects": self.target_objects,
            "steps": [_step_to_dict(s) for s in self.steps],
            "replace_definitions": self.replace_definitions,
        }
        return json.dumps(doc, indent=2, sort_keys=True, ensure_ascii=False) + "\n"

    @property
    def plan(self) -> Plan:
        return Plan(list(self.steps), replace_definitions=self.replace_definitions)


def _step_to_dict(step: Step) -> dict[str, object]:
    return {"action": step.action, "object": step.what, "key": list(step.key), "phase": step.phase,
            "sql": step.sql, "may_hold_back": step.may_hold_back,
            "separate_transaction": step.separate_transaction, "stage": step.stage}


def _step_from_dict(data: dict) -> Step:
    return Step(sql=data["sql"], action=data["action"], what=data["object"], key=tuple(data["key"]),
                phase=int(data["phase"]), may_hold_back=bool(data["may_hold_back"]),
                separate_transaction=bool(data["separate_transaction"]),
                stage=str(data.get("stage", "transaction")))


def make_saved_plan(plan: Plan, reference: Model, reference_spec: str, target: Model,
                    target_spec: str) -> SavedPlan:
    target_objects = object_digests(target)
    return SavedPlan(
        reference={"spec": reference_spec, "sha256": fingerprint(object_digests(reference))},
        target={"spec": target_spec, "fingerprint": fingerprint(target_objects)},
        target_objects=target_objects,
        steps=list(plan.steps),
        replace_definitions=plan.replace_definitions,
    )


def write_plan(saved: SavedPlan, path: str | Path) -> None:
    try:
        Path(path).write_text(saved.to_json(), encoding="utf-8")
    except OSError as exc:
        raise SourceError(f"{path}: cannot write the plan: {exc.strerror or exc}") from None


def read_plan(path: str | Path) -> SavedPlan:
    try:
        doc = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SourceError(f"{path}: no such plan file (write one with `pgsnapdiff diff REFERENCE TARGET "
                          f"--plan-out {path}`)") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise SourceError(f"{path}: not a pgsnapdiff plan file: {exc}") from None
    if not isinstance(doc, dict) or doc.get("format_version") != PLAN_FORMAT_VERSION:
        found = doc.get("format_version") if isinstance(doc, dict) else None
        raise SourceError(f"{path}: plan format_version {found!r} is not {PLAN_FORMAT_VERSION}; "
                          "re-create the plan with this pgsnapdiff version")
    try:
        return SavedPlan(reference=dict(doc["reference"]), target=dict(doc["target"]),
                         target_objects=dict(doc["target_objects"]),
                         steps=[_step_from_dict(s) for s in doc["steps"]],
                         replace_definitions=bool(doc.get("replace_definitions", False)))
    except (KeyError, TypeError, ValueError) as exc:
        raise SourceError(f"{path}: plan file is incomplete or damaged ({exc})") from None


def drift(saved: SavedPlan, now: Model) -> list[str]:
    """What changed in the target since the plan was made, for people; empty when nothing did."""
    current = object_digests(now)
    if fingerprint(current) == saved.target["fingerprint"]:
        return []
    before = saved.target_objects
    show = {KEY_SEPARATOR.join(o.key): o.display for o in now}
    changes = []
    for key in current.keys() - before.keys():
        changes.append(f"{show.get(key, key)} was added")
    for key in before.keys() - current.keys():
        changes.append(f"{_display_key(key)} was removed")
    for key in current.keys() & before.keys():
        if current[key] != before[key]:
            changes.append(f"{show.get(key, key)} changed")
    return sorted(changes) or ["the schema fingerprint differs"]


def _display_key(key: str) -> str:
    kind, *names = key.split(KEY_SEPARATOR)
    return f"{kind} {'.'.join(names)}"
