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
from .model import Constraint, Index, Key, Model, SchemaObject, SequenceOwner


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
    direct |= _owned_sequences(model, direct)
    kept = Model(model.origin)
    ignored = 0
    for obj in model:
        if obj.key in direct or _ancestor_in(obj, direct, model):
            ignored += 1
        else:
            kept.add(obj)
    return kept, ignored


def _owner(obj: SchemaObject | None) -> Key | None:
    """What ``obj`` belongs to, for ignoring: its parent, an index's table, a sequence's owning column."""
    if obj is None:
        return None
    if isinstance(obj, Index):
        return ("table", obj.schema, obj.table)
    if isinstance(obj, SequenceOwner):
        return ("sequence", obj.schema, obj.sequence)
    return obj.parent


def _ancestor_in(obj: SchemaObject, keys: set[Key], model: Model) -> bool:
    if isinstance(obj, Constraint) and obj.references and ("table", *obj.references) in keys:
        return True  # a foreign key to an ignored table: it cannot be made without that table
    seen: set[Key] = set()
    parent = _owner(obj)
    while parent is not None and parent not in seen:
        if parent in keys:
            return True
        seen.add(parent)
        parent = _owner(model.get(parent))
    return False


def _owned_sequences(model: Model, keys: set[Key]) -> set[Key]:
    """Sequences owned by a column of an ignored table go with the table."""
    out = set()
    for obj in model:
        if isinstance(obj, SequenceOwner):
            schema, table, column = obj.owned_by
            if {("table", schema, table), ("column", schema, table, column)} & keys:
                out.add(("sequence", obj.schema, obj.sequence))
    return out
