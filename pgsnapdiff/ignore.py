"""Ignore rules: objects owned by other tools (partman, pg_stat_statements, an audit schema) are
neither compared nor planned, and the report counts them.

A rule is ``kind:glob`` on the object's qualified name, e.g. ``table:audit.*``,
``extension:pg_stat_statements``, ``schema:partman``; a rule without ``kind:`` matches any kind.
An object inside an ignored schema is ignored too (``schema:partman`` covers partman's tables), and
the parts of an ignored object (a table's columns, constraints, comments) go with it.
"""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass

from .errors import ConfigError
from .model import Key, Model, SchemaObject


@dataclass(frozen=True)
class Rule:
    kind: str | None
    pattern: str

    @classmethod
    def parse(cls, text: str) -> Rule:
        kind, sep, pattern = text.partition(":")
        if not sep:
            return cls(None, text)
        if not pattern:
            raise ConfigError(f"ignore rule {text!r} has no name pattern (e.g. table:audit.*)")
        return cls(kind.strip().lower(), pattern.strip())

    def matches(self, obj: SchemaObject) -> bool:
        if self.kind == "schema" and obj.kind != "schema":  # everything inside the schema
            return fnmatch.fnmatchcase(_schema_of(obj) or "", self.pattern)
        if self.kind is not None and self.kind != obj.kind:
            return False
        return fnmatch.fnmatchcase(".".join(obj.key[1:]), self.pattern)


def _schema_of(obj: SchemaObject) -> str | None:
    schema = getattr(obj, "schema", None)
    return schema if isinstance(schema, str) and schema else None


def parse_rules(texts: list[str] | tuple[str, ...]) -> list[Rule]:
    return [Rule.parse(t) for t in texts if t.strip()]


def apply_ignores(model: Model, rules: list[Rule]) -> tuple[Model, int]:
    """A copy of ``model`` without ignored objects (and their parts); and how many were left out."""
    if not rules:
        return model, 0
    direct = {obj.key for obj in model if any(rule.matches(obj) for rule in rules)}
    kept = Model(model.origin)
    ignored = 0
    for obj in model:
        if obj.key in direct or _ancestor_in(obj, direct, model):
            ignored += 1
        else:
            kept.add(obj)
    return kept, ignored


def _ancestor_in(obj: SchemaObject, keys: set[Key], model: Model) -> bool:
    parent = obj.parent
    while parent is not None:
        if parent in keys:
            return True
        owner = model.get(parent)
        parent = owner.parent if owner is not None else None
    return False
