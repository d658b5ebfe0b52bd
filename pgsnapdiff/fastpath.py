"""Parse only what differs: the fast path of a diff on a large schema.

Both sides of a diff are mostly the same text. Splitting a dump is cheap (PostgreSQL's parser, in
C), while building pglast's Python AST and the model from it is where the time goes (about 0.5 ms a
statement, 30 s for a dump of 5,000 tables). So a statement whose text is the same on both sides
(after normalisation: leading comments and surrounding whitespace; failing that, the same parse
tree, whatever the layout) is parsed on neither side, and the models hold only what may differ.

Correctness first: leaving a statement out must never hide a difference. A statement's objects may
depend on other statements (``ALTER TABLE t ALTER COLUMN id ADD GENERATED ...`` changes the column
that ``CREATE TABLE t`` made; ``ALTER INDEX p ATTACH PARTITION c`` looks index ``c`` up), so
statements are grouped by the objects they define or alter (their *anchors*: the table for
``CREATE TABLE``/``ALTER TABLE``/``CREATE INDEX``/``CREATE TRIGGER``/``COMMENT ON COLUMN``, the index
or constraint name too, both tables of ``ATTACH PARTITION``, ...), and:

- a group with a statement that differs is parsed whole, on both sides;
- except *free* statements (one ``ADD CONSTRAINT``, one ``SET DEFAULT``, ``CREATE INDEX``,
  ``CREATE TRIGGER``): they make objects of their own without looking anything up, and no
  ``CREATE`` looks them up, so an
  identical one is skipped even in a parsed group, unless the group also has a differing ``ALTER``
  (which may look them up);
- a statement whose form is not recognised is always parsed, and when it differs, every group it
  names (from its AST) is parsed whole.

Skipped statements are counted (they are unchanged); their objects are not in the models, so a
caller that needs whole models (a saved plan's fingerprint, ``-v``'s list of unchanged objects)
parses in full instead. tests/unit/test_fastpath.py checks that both ways give the same plan.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from pglast import ast

from .errors import ParseError
from .forked import Forked
from .parse import (
    ParseCache,
    Piece,
    Statement,
    parse_pieces,
    pieces_at,
    split_offsets,
    split_sql,
    strip_meta_commands,
    tree_key,
)

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
_SET_DEFAULT = _re(rf"ALTER\s+(?:COLUMN\s+)?{_Q}\s+SET\s+DEFAULT\s")
_MORE_COMMANDS = _re(r",\s*(?:ADD|ALTER|DROP|ENABLE|DISABLE|SET|RESET|OWNER|CLUSTER|INHERIT|NO|REPLICA|FORCE|"
                     r"ATTACH|DETACH|VALIDATE|OF|NOT|RENAME)\b")
_OTHER_RELATIONS = _re(rf"\b(?:ATTACH\s+PARTITION|PARTITION\s+OF|INHERIT|INHERITS)\s*\(?\s*(?P<rel>{_N})")
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
            if single and (c := _ADD_CONSTRAINT.match(rest)):
                return Form((rel, (rel[0], _parts(c["con"])[0])), free=True)
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
        m = _COMMENT_COLUMN.match(body) or _COMMENT_ON.match(body) or _COMMENT.match(body)
        return Form((_name(m["rel"]),)) if m else UNKNOWN
    if _NOISE.match(body):
        return NOISE
    return UNKNOWN


class _Groups:
    """Union-find over anchors: statements that share an anchor belong to one group."""

    def __init__(self) -> None:
        self.parent: dict[Name, Name] = {}

    def find(self, name: Name) -> Name:
        parent = self.parent
        root = parent.setdefault(name, name)
        while root != parent[root]:
            root = parent[root]
        while name != root:  # path compression
            parent[name], name = root, parent[name]
        return root

    def union(self, names: tuple[Name, ...]) -> None:
        if len(names) > 1:
            first = self.find(names[0])
            for name in names[1:]:
                self.parent[self.find(name)] = first


@dataclass
class PairParse:
    """The statements of each side that need parsing, parsed, and how many were left out."""

    reference: list[Statement]
    target: list[Statement]
    skipped: int  # statements identical on both sides and parsed on neither (per side)
    total: tuple[int, int]  # statements of each side


def _unique(pieces: list[Piece], key) -> dict[str, int]:
    counts = Counter(key(p) for p in pieces)
    return {k: n for k, n in counts.items() if n == 1}


def _matches(ref: list[Piece], target: list[Piece], forms: dict[str, Form]) -> set[str]:
    """Bodies of statements that are the same on both sides: same text, or, when most statements
    differ in text (a snapshot against a dump: same statements, another layout), same parse tree
    (compared only between statements with the same anchors, so that a side with nothing to
    match, such as an empty target, costs nothing). Matching less is always safe: more is parsed."""
    ref_once, target_once = _unique(ref, lambda p: p.body), _unique(target, lambda p: p.body)
    same = {body for body in ref_once if body in target_once}
    if len(same) * 2 > min(len(ref), len(target)):
        return same  # laid out alike (one pg_dump): what differs in text differs in substance
    rest_ref = [p for p in ref if p.body not in same]
    rest_target = [p for p in target if p.body not in same]
    def anchored(pieces: list[Piece], among: set) -> list[Piece]:
        return [p for p in pieces if forms[p.body].known and forms[p.body].anchors in among]

    candidates_target = anchored(rest_target, {forms[p.body].anchors for p in rest_ref})
    candidates_ref = anchored(rest_ref, {forms[p.body].anchors for p in candidates_target})
    if not candidates_ref:
        return same
    keys_ref = {p.body: tree_key(p.body) for p in candidates_ref}
    keys_target = {p.body: tree_key(p.body) for p in candidates_target}
    tree_ref = _unique(candidates_ref, lambda p: keys_ref[p.body])
    tree_target = _unique(candidates_target, lambda p: keys_target[p.body])
    for pieces, keys in ((candidates_ref, keys_ref), (candidates_target, keys_target)):
        same.update(p.body for p in pieces if keys[p.body] in tree_ref and keys[p.body] in tree_target)
    return same


def _ast_names(nodes: Iterable[ast.Node]) -> set[Name]:
    """Every relation and qualified name in ASTs (over-collecting is safe: more gets parsed)."""
    names: set[Name] = set()
    stack: list[object] = list(nodes)
    while stack:
        node = stack.pop()
        if isinstance(node, ast.RangeVar):
            names.add((node.schemaname or "public", node.relname))
        if isinstance(node, ast.Node):
            stack.extend(getattr(node, member) for member in node)
        elif isinstance(node, tuple):
            strings = [item.sval for item in node if isinstance(item, ast.String)]
            if strings and len(strings) == len(node):
                names.add((strings[-2], strings[-1]) if len(strings) > 1 else ("public", strings[0]))
            stack.extend(node)
    return names


@dataclass
class SplitSide:
    """One side split into statements, each statement's form known: made as soon as that side's
    text is there, while the other side may still be dumping (sync.py)."""

    pieces: list[Piece]
    forms: dict[str, Form]


def split_side(text: str, origin: str) -> SplitSide:
    pieces = split_sql(text, origin=origin)
    return SplitSide(pieces, {body: classify(body) for body in {p.body for p in pieces}})


Packed = tuple[list[tuple[int, int, int, int, int]], list[tuple]]


def split_packed(text: str, origin: str) -> Packed:
    """``split_side`` as numbers and tuples, for a forked child to send back cheaply (forked.py):
    where each statement is in the text, and its form. ``unpack_split`` rebuilds the SplitSide
    from the parent's own copy of the text (a tenth of the time of sending the statements)."""
    stripped = strip_meta_commands(text)
    offsets = split_offsets(stripped, origin=origin)
    forms: dict[str, Form] = {}
    packed = []
    for piece in pieces_at(stripped, offsets):
        form = forms.get(piece.body)
        if form is None:
            form = forms[piece.body] = classify(piece.body)
        packed.append(tuple(form))
    return offsets, packed


_TOC_ENTRY = "\n--\n-- Name: "  # how pg_dump starts the comment above each object


def split_side_halves(text: str, origin: str, *, min_size: int = 1_000_000) -> SplitSide:
    """``split_side`` of a large dump, its two halves at once (the second in a forked child): a
    dump that arrives last is split in half the time. The halves meet where pg_dump starts an
    object's comment, right after the previous statement's semicolon, so each half splits into
    exactly the statements the whole text does (tests/unit/test_forked.py compares them). Text of
    another layout, or a half that does not split (bad SQL, a cut inside a function body), is
    split whole, which reports any error as usual."""
    cut = _halfway(text) if len(text) >= min_size else None
    if cut is None:
        return split_side(text, origin)
    with Forked(split_packed, text[cut:], origin) as second:
        try:
            first = split_packed(text[:cut], origin)
            rest = second.result()
        except ParseError:
            return split_side(text, origin)
    shift, lines = len(strip_meta_commands(text[:cut])), text.count("\n", 0, cut)
    offsets = first[0] + [(a + shift, b + shift, c + shift, d + shift, line + lines)
                          for a, b, c, d, line in rest[0]]
    return unpack_split(text, (offsets, first[1] + rest[1]))


def _halfway(text: str) -> int | None:
    """Just after the semicolon that ends the statement before the first object comment past the
    middle of ``text``; None when there is no such place."""
    entry = text.find(_TOC_ENTRY, len(text) // 2)
    end = text.rfind(";", 0, entry) + 1 if entry != -1 else 0
    return end if end > 0 and not text[end:entry].strip() else None


def unpack_split(text: str, packed: Packed) -> SplitSide:
    offsets, forms = packed
    pieces = pieces_at(strip_meta_commands(text), offsets)
    return SplitSide(pieces, {p.body: Form._make(f) for p, f in zip(pieces, forms, strict=True)})


def parse_pair(ref_side: str | SplitSide, ref_origin: str, target_side: str | SplitSide,
               target_origin: str) -> PairParse:
    """Split both sides (unless split already), decide what must be parsed (see the module
    docstring), parse that."""
    if isinstance(ref_side, str):
        ref_side = split_side(ref_side, ref_origin)
    if isinstance(target_side, str):
        target_side = split_side(target_side, target_origin)
    ref, target = list(ref_side.pieces), list(target_side.pieces)  # _reduce_tables edits them
    forms = {**ref_side.forms, **target_side.forms}
    same = _matches(ref, target, forms)
    cache: ParseCache = {}
    groups = _Groups()
    for form in forms.values():
        groups.union(form.anchors)
    roots_of = {body: {groups.find(a) for a in form.anchors} for body, form in forms.items()}
    dirty: set[Name] = set()  # groups to parse whole
    reached: set[Name] = set()  # groups whose free statements must be parsed too
    for body, form in forms.items():
        if body in same or (form.free and not form.altered):
            continue
        dirty |= roots_of[body]
        if (form.reaches and not form.column_only) or not form.known:
            reached |= roots_of[body]
    unknown_changed = [p for p in (*ref, *target) if not forms[p.body].known and p.body not in same]
    if unknown_changed:
        names = _ast_names(s.node for s in parse_pieces(unknown_changed, origin="", cache=cache))
        roots = {groups.find(n) for n in names}
        dirty |= roots
        reached |= roots
    for body, form in forms.items():  # an ALTER parsed because its group is: what it looks up is needed
        if form.reaches and not form.column_only and not roots_of[body].isdisjoint(dirty):
            reached |= roots_of[body]

    def needed(piece: Piece) -> bool:
        body = piece.body
        form = forms[body]
        if body not in same or not form.known:
            return True
        return not roots_of[body].isdisjoint(reached if form.free else dirty)

    ref_parse = [p for p in ref if needed(p)]
    target_parse = [p for p in target if needed(p)]
    skipped = sum(1 for p in ref if forms[p.body] != NOISE) - sum(
        1 for p in ref_parse if forms[p.body] != NOISE)
    dropped = _reduce_tables(ref_parse, target_parse, forms, {groups.find(name) for name in reached}, groups)
    return PairParse(parse_pieces(ref_parse, origin=ref_origin, cache=cache),
                     parse_pieces(target_parse, origin=target_origin, cache=cache),
                     skipped + dropped, (len(ref), len(target)))


# -- within a CREATE TABLE -------------------------------------------------------------------------
_TABLE_HEAD = _re(rf"CREATE\s+TABLE\s+{_N}\s+\($")
_COLUMN_NAMED = _re(rf"\bALTER\s+(?:COLUMN\s+)?(?P<col>{_Q})\s")


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


def _element_name(element: str) -> str:
    match = _Q_RE.match(element)
    return _parts(match.group(0))[0] if match else ""


def _reduce_tables(ref: list[Piece], target: list[Piece], forms: dict[str, Form], reached: set[Name],
                   groups: _Groups) -> int:
    """Parse only the columns that differ: a table whose ``CREATE TABLE`` differs on the two sides
    keeps, on both, only the elements (columns, checks) whose line is not the same on the other
    side, plus the columns that a parsed ``ALTER TABLE ... ALTER COLUMN`` of its group changes
    (identity). An element that is the same line on both sides is the same column with the same
    type, default, NOT NULL and inline constraints. In place; returns how many were left out."""
    def creates(pieces: list[Piece]) -> dict[Name, int]:
        out = {}
        for i, piece in enumerate(pieces):
            form = forms[piece.body]
            if form.known and not form.free and form.anchors and piece.body.startswith("CREATE TABLE "):
                out[form.anchors[0]] = i
        return out

    ref_tables, target_tables = creates(ref), creates(target)
    altered: dict[Name, set[str]] = {}  # group root → columns named by a parsed ALTER in it
    for piece in (*ref, *target):
        if piece.body.startswith("ALTER") and forms[piece.body].anchors:
            names = {_parts(m["col"])[0] for m in _COLUMN_NAMED.finditer(piece.body)}
            altered.setdefault(groups.find(forms[piece.body].anchors[0]), set()).update(names)
    dropped = 0
    for name in ref_tables.keys() & target_tables.keys():
        root = groups.find(name)
        if root in reached:
            continue
        i, j = ref_tables[name], target_tables[name]
        ref_split, target_split = table_elements(ref[i].body), table_elements(target[j].body)
        if ref_split is None or target_split is None or ref_split[0] != target_split[0]:
            continue
        same = set(ref_split[1]) & set(target_split[1])
        keep_names = altered.get(root, set())
        same = {e for e in same if _element_name(e) not in keep_names}
        if not same:
            continue
        for pieces, k, (head, elements) in ((ref, i, ref_split), (target, j, target_split)):
            kept = [e for e in elements if e not in same]
            text = "\n".join([head, *(f"    {e}," for e in kept)]).removesuffix(",") + "\n)"
            pieces[k] = Piece(text, text, pieces[k].line)
        dropped += len(same)
    return dropped
