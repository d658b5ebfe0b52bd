"""What a statement's text alone tells the fast path (fastpath.py): the objects it is about, and
whether it can be skipped when it is the same on both sides, all from regular expressions over
pg_dump's normalised text, without building an AST (see fastpath's docstring for the rules).

Also pg_dump's layout of a ``CREATE TABLE`` (one element per line), which lets the fast path and
the model builder work line by line.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

Name = tuple[str, str]  # (schema, name); an unqualified name is taken as public's

_Q = r'(?:"(?:[^"]|"")+"|[^\s".,;()]+)'  # one identifier, quoted or not
_N = rf"{_Q}(?:\.{_Q}){{0,2}}"  # a possibly qualified name
_KINDS = (r"TABLE|VIEW|MATERIALIZED\s+VIEW|SEQUENCE|FOREIGN\s+TABLE|TYPE|DOMAIN|FUNCTION|PROCEDURE|"
          r"AGGREGATE|ROUTINE|SCHEMA|EXTENSION|COLLATION|CONVERSION|STATISTICS|PUBLICATION|SERVER|"
          r"TEXT\s+SEARCH\s+(?:CONFIGURATION|DICTIONARY|PARSER|TEMPLATE)|OPERATOR(?:\s+CLASS|\s+FAMILY)?|"
          r"EVENT\s+TRIGGER|FOREIGN\s+DATA\s+WRAPPER|(?:PROCEDURAL\s+)?LANGUAGE|ACCESS\s+METHOD|INDEX")
_FLAGS = re.IGNORECASE | re.DOTALL


def _re(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, _FLAGS)


_CREATE_INDEX = _re(rf"CREATE\s+(?:UNIQUE\s+)?INDEX\s+(?:CONCURRENTLY\s+)?(?:IF\s+NOT\s+EXISTS\s+)?"
                    rf"(?:(?P<idx>{_Q})\s+)?ON\s+(?:ONLY\s+)?(?P<rel>{_N})")
_ALTER_TABLE = _re(rf"ALTER\s+(?:FOREIGN\s+)?TABLE\s+(?:IF\s+EXISTS\s+)?(?:ONLY\s+)?(?P<rel>{_N})\s+"
                   r"(?P<rest>.*)")
_ADD_CONSTRAINT = _re(rf"ADD\s+CONSTRAINT\s+(?P<con>{_Q})\s")
_FOREIGN_KEY = _re(r"FOREIGN\s+KEY\s*\(")
_SET_DEFAULT = _re(rf"ALTER\s+(?:COLUMN\s+)?{_Q}\s+SET\s+DEFAULT\s")
_MORE_COMMANDS = _re(r",\s*(?:ADD|ALTER|DROP|ENABLE|DISABLE|SET|RESET|OWNER|CLUSTER|INHERIT|NO|REPLICA|FORCE|"
                     r"ATTACH|DETACH|VALIDATE|OF|NOT|RENAME)\b")
# INHERITS before INHERIT, and whole words: "INHERITS (p)" read as INHERIT gave the relation "S"
_OTHER_RELATIONS = _re(rf"\b(?:ATTACH\s+PARTITION|PARTITION\s+OF|INHERITS|INHERIT)\b\s*\(?\s*(?P<rel>{_N})")
_MAY_NAME_OTHERS = re.compile(r"PARTITION|INHERIT").search  # a plain search first: most CREATEs name none
_ALTER_ON = _re(rf"ALTER\s+(?:POLICY|TRIGGER|RULE)\s+{_Q}\s+ON\s+(?P<rel>{_N})")
_ALTER = _re(rf"ALTER\s+(?:{_KINDS})\s+(?:IF\s+EXISTS\s+)?(?:ONLY\s+)?(?P<rel>{_N})")
_CREATE_ON = _re(rf"CREATE\s+(?:OR\s+REPLACE\s+)?(?:(?:CONSTRAINT\s+)?TRIGGER\s+{_Q}\s+.*?\sON|"
                 rf"POLICY\s+{_Q}\s+ON|RULE\s+{_Q}\s+AS\s+ON\s+\w+\s+TO)\s+(?:ONLY\s+)?(?P<rel>{_N})")
_CREATE = _re(rf"CREATE\s+(?:OR\s+REPLACE\s+)?(?:(?:GLOBAL|LOCAL|TEMP|TEMPORARY|UNLOGGED|RECURSIVE|TRUSTED|"
              rf"DEFAULT)\s+)*(?:{_KINDS})\s+(?:IF\s+NOT\s+EXISTS\s+)?(?P<rel>{_N})")
_ADD_IDENTITY = _re(rf"ALTER\s+(?:COLUMN\s+)?{_Q}\s+ADD\s+GENERATED\s")
_CREATE_TRIGGER = _re(r"CREATE\s+(?:OR\s+REPLACE\s+)?TRIGGER\s")
_COMMENT_COLUMN = _re(rf"COMMENT\s+ON\s+COLUMN\s+(?P<rel>{_N})\.{_Q}\s+IS\s")
_COMMENT_ON = _re(rf"COMMENT\s+ON\s+(?:CONSTRAINT|TRIGGER|POLICY|RULE)\s+{_Q}\s+ON\s+(?:DOMAIN\s+)?"
                  rf"(?P<rel>{_N})\s+IS\s")
_COMMENT = _re(rf"COMMENT\s+ON\s+(?:{_KINDS})\s+(?P<rel>{_N})")
_NOISE = _re(r"(?:SET\s|SELECT\s+pg_catalog\.set_config\()")


class Form(NamedTuple):
    """What the fast path knows of a statement from its text alone. (A tuple: made by the ten
    thousand, and sent back from a forked child, pickled.)"""

    anchors: tuple[Name, ...] = ()
    free: bool = False  # makes objects of its own that no CREATE looks up
    reaches: bool = False  # may look other objects up (an ALTER, a partition or child table)
    column_only: bool = False  # reaches only a column of its table (ALTER COLUMN ... ADD GENERATED)
    altered: bool = False  # free, but an ALTER may change its object: when it differs, so does its group
    known: bool = True  # False: not recognised, always parsed


UNKNOWN = Form(known=False)
NOISE = Form(free=True)


_Q_RE = re.compile(_Q)


@lru_cache(maxsize=65536)  # a table's name recurs in its indexes, constraints, comments, triggers
def _parts(name: str) -> tuple[str, ...]:
    parts = _Q_RE.findall(name)
    return tuple(p[1:-1].replace('""', '"') if p.startswith('"') else p.lower() for p in parts)


@lru_cache(maxsize=65536)
def _name(name: str, schema: str | None = None) -> Name:
    parts = _parts(name)
    if len(parts) >= 2:
        return (parts[-2], parts[-1])
    return (schema or "public", parts[0])


def classify(body: str) -> Form:
    """The anchors and kind of a statement, from its normalised text (see the module docstring)."""
    head = body[:7].upper()
    if head.startswith("CREATE"):
        if m := _CREATE_INDEX.match(body):
            rel = _name(m["rel"])
            anchors = (rel, (rel[0], _parts(m["idx"])[0])) if m["idx"] else (rel,)
            return Form(anchors, free=True)
        if m := _CREATE_ON.match(body):  # a trigger is an object of its own; a rule may be looked up
            trigger = bool(_CREATE_TRIGGER.match(body))  # ALTER TABLE ... DISABLE TRIGGER changes it
            return Form((_name(m["rel"]),), free=trigger, altered=trigger)
        if m := _CREATE.match(body):
            others = tuple(_name(o["rel"]) for o in _OTHER_RELATIONS.finditer(body, m.end())) \
                if _MAY_NAME_OTHERS(body.upper()) else ()
            return Form((_name(m["rel"]), *others), reaches=bool(others))
        return UNKNOWN
    if head.startswith("ALTER"):
        if m := _ALTER_TABLE.match(body):
            rel, rest = _name(m["rel"]), m["rest"]
            single = not _MORE_COMMANDS.search(rest)
            if single and (c := _ADD_CONSTRAINT.match(rest)):  # a foreign key: the planner asks
                foreign = _FOREIGN_KEY.search(rest, c.end())    # whether its table is partitioned
                return Form((rel, (rel[0], _parts(c["con"])[0])), free=True, altered=bool(foreign))
            if single and _SET_DEFAULT.match(rest):
                return Form((rel,), free=True)
            if single and _ADD_IDENTITY.match(rest):
                return Form((rel,), reaches=True, column_only=True)
            others = tuple(_name(o["rel"]) for o in _OTHER_RELATIONS.finditer(rest))
            return Form((rel, *others), reaches=True)
        m = _ALTER_ON.match(body) or _ALTER.match(body)
        if m:
            others = tuple(_name(o["rel"]) for o in _OTHER_RELATIONS.finditer(body, m.end()))
            return Form((_name(m["rel"]), *others), reaches=True)
        return UNKNOWN
    if head.startswith("COMMENT"):  # not free: COMMENT ON COLUMN asks whether it names a table or a type
        if m := _COMMENT_ON.match(body):  # and the planner asks whether the constraint is one it models
            return Form((_name(m["rel"]),), reaches=body[11:21].upper() == "CONSTRAINT")
        m = _COMMENT_COLUMN.match(body) or _COMMENT.match(body)
        return Form((_name(m["rel"]),)) if m else UNKNOWN
    if _NOISE.match(body):
        return NOISE
    return UNKNOWN


# -- pg_dump's layout of CREATE TABLE ----------------------------------------------------------
_TABLE_HEAD = _re(rf"CREATE\s+TABLE\s+{_N}\s+\($")


def table_elements(body: str) -> tuple[str, list[str]] | None:
    """A plain ``CREATE TABLE`` as pg_dump lays it out (``name (``, one column or constraint per
    line, indented by four spaces, ``)`` alone on the last line): its first line and elements.
    None for anything else, or when a line could be part of a multi-line literal or identifier
    (an odd number of quotes) or expression (unbalanced parentheses)."""
    lines = body.split("\n")
    if len(lines) < 3 or lines[-1] != ")" or not _TABLE_HEAD.match(lines[0]):
        return None
    elements = lines[1:-1]
    last = len(elements) - 1
    for i, line in enumerate(elements):
        if (not line.startswith("    ") or line.startswith("     ") or line.endswith(",") != (i < last)
                or line.count("'") % 2 or line.count('"') % 2 or line.count("(") != line.count(")")):
            return None
    return lines[0], [line[4:].removesuffix(",") for line in elements]


_COLUMN_NAMED = _re(rf"\bALTER\s+(?:COLUMN\s+)?(?P<col>{_Q})\s")


def element_name(element: str) -> str:
    """The name a ``CREATE TABLE`` element line starts with (a column's; a constraint's keyword)."""
    match = _Q_RE.match(element)
    return _parts(match.group(0))[0] if match else ""


def altered_columns(body: str) -> set[str]:
    """Columns an ``ALTER TABLE ... ALTER [COLUMN] name ...`` statement names."""
    return {_parts(m["col"])[0] for m in _COLUMN_NAMED.finditer(body)}
