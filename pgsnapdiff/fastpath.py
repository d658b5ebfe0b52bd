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

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from pglast import ast

from .forms import NOISE, Form, Name, altered_columns, element_name, table_elements
from .parse import ParseCache, Piece, Statement, parse_pieces, tree_key
from .splitting import SplitSide, split_side


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
            names = altered_columns(piece.body)
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
        same = {e for e in same if element_name(e) not in keep_names}
        if not same:
            continue
        for pieces, k, (head, elements) in ((ref, i, ref_split), (target, j, target_split)):
            kept = [e for e in elements if e not in same]
            text = "\n".join([head, *(f"    {e}," for e in kept)]).removesuffix(",") + "\n)"
            pieces[k] = Piece(text, text, pieces[k].line)
        dropped += len(same)
    return dropped
