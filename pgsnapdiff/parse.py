"""SQL text → parsed statements, with pglast (the real PostgreSQL parser).

A dump is split once with ``pglast.parser.split`` (in C: cheap) into ``Piece``s that keep their line
number for error messages and a normalised ``body`` (the statement without its leading comments),
which is what the fast path compares (see fastpath.py): statements identical on both sides of a diff
need not be parsed at all. A piece is parsed only when asked, through a cache keyed by its text that
a caller may share between the two sides of a diff.

Session noise that pg_dump writes (``SET ...``, ``SELECT pg_catalog.set_config(...)``) is dropped here:
it describes how the dump was made, not the schema.

``deparse`` prints an AST node with pglast's printer. It is the hot spot of model building and
planning, so it does itself what ``RawStream.__call__`` does before printing (link every node to its
ancestors, which printers consult) without pglast's generic visitor, which inspects the visitor
class on every call and walks the tree through a generator: same ancestors, same text, 3-5x faster.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import NamedTuple

import pglast
from pglast import ast, parser
from pglast.stream import RawStream
from pglast.visitors import Ancestor

from . import printers  # noqa: F401  (pglast printer corrections, registered on import)
from .errors import ParseError

ParseCache = dict[str, tuple[ast.Node, ...]]


@dataclass(frozen=True)
class Statement:
    """One top-level statement of a dump or SQL file."""

    text: str
    node: ast.Node
    origin: str  # file name or a description of the database it was dumped from
    line: int  # 1-based line of the statement's first character in its origin

    @property
    def where(self) -> str:
        return f"{self.origin}:{self.line}"


class Piece(NamedTuple):
    """One statement as split from its text, not parsed yet (a tuple: made by the ten thousand)."""

    text: str  # as in the source, without the terminating semicolon
    body: str  # without leading comments and surrounding whitespace: what the fast path compares
    line: int  # 1-based line of the statement itself (past leading comments) in its origin


# -- deparse -------------------------------------------------------------------------------------
def _child_slots(cls: type) -> tuple[str, ...]:
    """The attributes of an AST class that may hold nodes or tuples of nodes (all others are
    scalars: names, flags, numbers, locations), so the ancestor walk skips the scalars."""
    slots = getattr(cls, "__slots__", None)
    if not isinstance(slots, dict):
        return ()
    return tuple(name for name, info in slots.items()
                 if info.c_type in ("ValUnion", "CreateStmt")  # CreateForeignTableStmt.base is embedded
                 or (info.c_type.endswith("*") and info.c_type != "char*"))


_CHILD_SLOTS: dict[type, tuple[str, ...]] = {
    cls: _child_slots(cls) for cls in vars(ast).values()
    if isinstance(cls, type) and issubclass(cls, ast.Node)
}
_set_attr = object.__setattr__  # Node.__setattr__ validates values; an Ancestor needs none of it


def child_slots(cls: type) -> tuple[str, ...]:
    """The attributes of AST class ``cls`` that may hold nodes or tuples of nodes: a walk over a
    tree need not look at the others."""
    slots = _CHILD_SLOTS.get(cls)
    return _child_slots(cls) if slots is None else slots


def _shallow_copy(node: ast.Node) -> ast.Node:
    """``copy.copy`` of a node: the same attribute values (ancestors included), set directly.
    copy.copy's default route (``__reduce_ex__``) sets each one through pglast's validating
    ``__setattr__``; the values are valid already, since the original holds them."""
    copied = object.__new__(type(node))
    for name in type(node).__slots__:
        _set_attr(copied, name, getattr(node, name))
    ancestors = getattr(node, "ancestors", None)
    if ancestors is not None:
        _set_attr(copied, "ancestors", ancestors)
    return copied


if "__copy__" not in vars(ast.Node):  # model and plan code copy nodes by the ten thousand
    ast.Node.__copy__ = _shallow_copy  # type: ignore[attr-defined]


def _populate_ancestors(root: tuple) -> None:
    """What ``pglast.visitors.populate_ancestors`` does, as a plain iterative walk: the same
    ``Ancestor`` chain on every node (parent ancestry, containing node or tuple, member or index)."""
    Node = ast.Node
    sequences: list[tuple[tuple, Ancestor]] = [(root, Ancestor())]
    nodes: list[tuple[ast.Node, Ancestor]] = []
    while sequences or nodes:
        while nodes:
            node, ancestors = nodes.pop()
            _set_attr(node, "ancestors", ancestors)
            members = _CHILD_SLOTS.get(type(node))
            for member in _child_slots(type(node)) if members is None else members:
                value = getattr(node, member)
                if isinstance(value, Node):
                    nodes.append((value, Ancestor(ancestors, node, member)))
                elif isinstance(value, tuple):
                    sequences.append((value, Ancestor(ancestors, node, member)))
        if sequences:
            seq, ancestors = sequences.pop()
            for index, item in enumerate(seq):
                item_ancestors = Ancestor(ancestors, seq, index)
                if isinstance(item, Node):
                    nodes.append((item, item_ancestors))
                elif isinstance(item, tuple):  # a list of lists (VALUES rows, some options)
                    for sub_index, value in enumerate(item):
                        if isinstance(value, Node):
                            nodes.append((value, Ancestor(item_ancestors, item, sub_index)))
                        elif isinstance(value, tuple):
                            sequences.append((value, Ancestor(item_ancestors, item, sub_index)))


def _key_slots(cls: type) -> tuple[str, ...]:
    slots = getattr(cls, "__slots__", None)
    if not isinstance(slots, dict):
        return ()
    return tuple(name for name, info in slots.items() if info.c_type != "ParseLoc")


_KEY_SLOTS: dict[type, tuple[str, ...]] = {cls: _key_slots(cls) for cls in _CHILD_SLOTS}


def _shape(value: object) -> object:
    """A hashable image of a subtree, positions left out: two subtrees with the same shape print
    the same (printers look only at the subtree below the node being printed, never above it)."""
    cls = type(value)
    if cls in _SCALARS:
        return value
    if cls is tuple:
        return tuple([_shape(item) for item in value])  # type: ignore[attr-defined]
    names = _KEY_SLOTS.get(cls)
    if names is None:
        if not isinstance(value, ast.Node):
            return frozenset(value) if isinstance(value, set) else value
        names = _KEY_SLOTS[cls] = _key_slots(cls)
    return (cls, *[_shape(getattr(value, name)) for name in names])


_SCALARS = frozenset({str, int, bool, float, type(None)})


def same_tree(a: ast.Node, b: ast.Node) -> bool:
    """The two subtrees are alike, positions aside: they print the same."""
    return _shape(a) == _shape(b)


_PRINTED: dict[object, str] = {}  # shape → text, for the small nodes that recur (types, defaults)
_PRINTED_MAX = 100_000


def deparse(node: ast.Node | None) -> str:
    """Canonical text of an AST node: whitespace, parentheses and casts written one way.

    Comparing deparsed text rather than raw text makes ``(a > (0)::numeric)`` and
    ``a > CAST(0 AS numeric)`` equal, which is what PostgreSQL itself considers them.
    Same output as ``RawStream()(node)``. Parts of statements (a column's type, a default, a
    check) recur by the thousand in a large schema: their text is remembered by shape.
    """
    if node is None:
        return ""
    shape = None if type(node).__name__.endswith("Stmt") else _shape(node)
    if shape is not None and (text := _PRINTED.get(shape)) is not None:
        return text
    stream = RawStream()
    _populate_ancestors((node,))
    stream.print_node(node)
    text = stream.getvalue()
    if shape is not None:
        if len(_PRINTED) >= _PRINTED_MAX:
            _PRINTED.clear()
        _PRINTED[shape] = text
    return text


def clone(node):
    """A deep copy of an AST: what ``copy.deepcopy`` gives, without its cost. deepcopy goes through
    ``__reduce_ex__`` and pglast's validating ``__setattr__`` for every attribute, and also copies the
    ``ancestors`` chain that printing left on each node (and with it the nodes above). Values other
    than nodes and tuples (names, numbers, enums) are immutable and shared."""
    if isinstance(node, tuple):
        return tuple(clone(item) if isinstance(item, ast.Node | tuple) else item for item in node)
    if not isinstance(node, ast.Node):
        return node
    copied = object.__new__(type(node))
    for name in node.__slots__:
        value = getattr(node, name)
        _set_attr(copied, name, clone(value) if isinstance(value, ast.Node | tuple) else value)
    return copied


# -- split ---------------------------------------------------------------------------------------
LEADING_NOISE = re.compile(r"(?:\s+|--[^\n]*(?:\n|$)|/\*(?:[^*]|\*(?!/))*\*/)*")


def meta_command_lines(text: str) -> list[tuple[int, int]]:
    """Start and end (before its newline) of every line that starts with a backslash: psql
    meta-commands. ``str.find``, not a regex or splitlines: a dump is megabytes and has two."""
    starts = [0] if text.startswith("\\") else []
    found = text.find("\n\\")
    while found != -1:
        starts.append(found + 1)
        found = text.find("\n\\", found + 1)
    return [(start, end if (end := text.find("\n", start)) != -1 else len(text)) for start in starts]


def restrict_lines(text: str) -> list[tuple[int, int]]:
    r"""The ``\restrict KEY`` and ``\unrestrict KEY`` lines of ``text``: pg_dump 17.6, 16.10, 15.14,
    14.19 and 13.22 write them around a dump (for psql), and Rails commits them in structure.sql.
    They hold no schema; any other meta-command in a ``.sql`` file stays an error."""
    return [(start, end) for start, end in meta_command_lines(text)
            if text.startswith(("\\restrict ", "\\unrestrict "), start)]


def strip_meta_commands(text: str) -> str:
    r"""Blank out psql meta-commands (``\restrict KEY``, ``\connect``): pglast cannot parse them.

    Lines are blanked rather than removed so that line numbers stay true to the file.
    """
    return without_spans(text, meta_command_lines(text))


def without_spans(text: str, spans: list[tuple[int, int]], *, blank: bool = False) -> str:
    """``text`` with each ``(start, end)`` slice cut out (in order, not overlapping), or, with
    ``blank``, replaced by as many spaces (every later character keeps its position)."""
    if not spans:
        return text
    parts, pos = [], 0
    for start, end in spans:
        parts.append(text[pos:start])
        if blank:
            parts.append(" " * (end - start))
        pos = end
    parts.append(text[pos:])
    return "".join(parts)


def split_sql(text: str, *, origin: str) -> list[Piece]:
    """Split ``text`` into statements without building any AST; raise ParseError naming
    ``origin:line`` on bad SQL (the split runs PostgreSQL's parser, in C)."""
    text = strip_meta_commands(text)
    return pieces_at(text, split_offsets(text, origin=origin))


def pieces_at(text: str, offsets: list[tuple[int, int, int, int, int]]) -> list[Piece]:
    """The pieces that ``split_offsets`` found in ``text`` (meta-commands already blanked)."""
    pieces = []
    for a, b, c, d, line in offsets:
        chunk = text[a:b]
        pieces.append(Piece(chunk, chunk if c == a and d == b else text[c:d], line))
    return pieces


def split_offsets(text: str, *, origin: str) -> list[tuple[int, int, int, int, int]]:
    """``split_sql``'s work as numbers: for each statement of ``text`` (meta-commands already
    blanked), where its chunk starts and ends, where its body starts and ends, and its line.
    Cheap to send from a forked child (fastpath.py): the parent slices its own copy of the text."""
    try:
        # The parser-based split: the scanner-only variant silently drops an unbalanced statement.
        slices = parser.split(text, with_parser=True, only_slices=True)
    except parser.ParseError as exc:
        message, location = (list(exc.args) + [None, None])[:2]
        line = text.count("\n", 0, location) + 1 if location is not None else text.count("\n") + 1
        raise ParseError(
            f"{origin}:{line}: {message} (is this PostgreSQL DDL, and from a server version "
            f"pglast {pglast.__version__} understands?)"
        ) from None
    offsets = []
    line = 1
    pos = 0
    count = text.count
    leading = LEADING_NOISE.match
    for piece in slices:
        chunk = text[piece]
        lead = leading(chunk).end()
        start = piece.start + lead  # where the statement itself starts
        line += count("\n", pos, start)
        pos = start
        offsets.append((piece.start, piece.stop, start, start + len(chunk[lead:].rstrip()), line))
    return offsets


# -- parse ---------------------------------------------------------------------------------------
def _is_session_noise(node: ast.Node) -> bool:
    if isinstance(node, ast.VariableSetStmt):
        return True
    if isinstance(node, ast.SelectStmt) and node.targetList and len(node.targetList) == 1:
        val = node.targetList[0].val
        if isinstance(val, ast.FuncCall):
            name = ".".join(s.sval for s in val.funcname)
            return name in ("pg_catalog.set_config", "set_config")
    return False


@contextmanager
def _unchecked_nodes() -> Iterator[None]:
    """Let pglast's parser build nodes without the validation in ``Node.__setattr__``.

    Why: that check (type, enum coercion, list to tuple) is written in Python and runs for every
    attribute of every node: more than half of the time of ``pglast.parse_sql`` on a dump. It is
    there for nodes built by hand; the parser hands the constructors values of the right types
    already, so the nodes come out the same (tests/unit/test_parse.py compares them). Only for the
    duration of the parse, behind a lock, and restored whatever happens."""
    with _UNCHECKED_LOCK:
        checked = ast.Node.__setattr__
        ast.Node.__setattr__ = object.__setattr__  # type: ignore[method-assign,assignment]
        try:
            yield
        finally:
            ast.Node.__setattr__ = checked  # type: ignore[method-assign]


_UNCHECKED_LOCK = threading.Lock()


def parse_pieces(pieces: list[Piece], *, origin: str, cache: ParseCache | None = None) -> list[Statement]:
    """Parse pieces into statements (session noise dropped). ``cache`` maps a piece's text to its
    nodes: share one between the two sides of a diff and identical statements are parsed once (the
    nodes are then shared too: callers copy a node before changing it)."""
    cache = {} if cache is None else cache
    statements: list[Statement] = []
    with _unchecked_nodes():
        for piece in pieces:
            nodes = cache.get(piece.text)
            if nodes is None:
                nodes = cache[piece.text] = tuple(raw.stmt for raw in pglast.parse_sql(piece.text))
            for node in nodes:
                if not _is_session_noise(node):
                    statements.append(Statement(piece.text, node, origin, piece.line))
    return statements


def parse_sql(text: str, *, origin: str, cache: ParseCache | None = None) -> list[Statement]:
    """Parse every statement of ``text``; raise ParseError naming ``origin:line`` on bad SQL."""
    return parse_pieces(split_sql(text, origin=origin), origin=origin, cache=cache)


# -- comparing without building the AST ------------------------------------------------------------
_POSITIONS = re.compile(r'(?<=[{,])"(?:location|stmt_location|stmt_len)":-?\d+,?')


def tree_key(body: str) -> str:
    """The statement's parse tree as text (PostgreSQL's parser, in C, to JSON), without positions:
    two statements with the same key have the same AST whatever their whitespace or layout.

    A ``"location":N`` inside a string constant is escaped as ``\\"location\\"`` in JSON, so only
    real position fields (preceded by ``{`` or ``,``) are removed."""
    return _POSITIONS.sub("", parser.parse_sql_json(body))
