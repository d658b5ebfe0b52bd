"""Each side of a diff split into statements, and each statement classified, as early and as much
in parallel as the machine allows: a side is split as soon as its text is there (a snapshot while the
target is being dumped, the first dump to finish while the other runs), and a large one in two
halves at once, one in a forked child (forked.py). Only positions and small tuples come back from
the child: the parent slices its own copy of the text.

The side split second is classified with the forms of the side split first (``known``): a statement
found on both sides, nine in ten between a release and production, is classified once. A form depends
on the statement's text alone, so the result is the same as classifying everything.
"""

from __future__ import annotations

from dataclasses import dataclass

from .errors import ParseError
from .forked import Forked
from .forms import Form, classify
from .parse import Piece, pieces_at, split_offsets, split_sql, strip_meta_commands


@dataclass
class SplitSide:
    """One side split into statements, each statement's form known: made as soon as that side's
    text is there, while the other side may still be dumping (sync.py)."""

    pieces: list[Piece]
    forms: dict[str, Form]


Forms = dict[str, Form]  # a statement's body → its form


def split_side(text: str, origin: str, known: Forms | None = None) -> SplitSide:
    return SplitSide(*_classified(split_sql(text, origin=origin), known))


def _classified(pieces: list[Piece], known: Forms | None = None) -> tuple[list[Piece], Forms]:
    """The pieces and the form of each distinct statement (the same text is classified once, and
    not at all when ``known`` has its form already)."""
    known = known or {}
    forms = {}
    for body in {p.body for p in pieces}:
        form = known.get(body)
        forms[body] = classify(body) if form is None else form
    return pieces, forms


Packed = tuple[list[tuple[int, int, int, int, int]], list[tuple]]


def split_packed(text: str, origin: str, known: Forms | None = None) -> Packed:
    """``split_side`` as numbers and tuples, for a forked child to send back cheaply (forked.py):
    where each statement is in the text, and its form. ``unpack_split`` rebuilds the SplitSide
    from the parent's own copy of the text (a tenth of the time of sending the statements)."""
    stripped = strip_meta_commands(text)
    offsets = split_offsets(stripped, origin=origin)
    pieces, forms = _classified(pieces_at(stripped, offsets), known)
    return offsets, [tuple(forms[p.body]) for p in pieces]


_TOC_ENTRY = "\n--\n-- Name: "  # how pg_dump starts the comment above each object


def split_side_halves(text: str, origin: str, known: Forms | None = None, *,
                      min_size: int = 1_000_000) -> SplitSide:
    """``split_side`` of a large dump, its two halves at once (the second in a forked child): a
    dump that arrives last is split in half the time. The halves meet where pg_dump starts an
    object's comment, right after the previous statement's semicolon, so each half splits into
    exactly the statements the whole text does (tests/unit/test_forked.py compares them). Text of
    another layout, or a half that does not split (bad SQL, a cut inside a function body), is
    split whole, which reports any error as usual."""
    cut = _halfway(text) if len(text) >= min_size else None
    if cut is None:
        return split_side(text, origin, known)
    with Forked(split_packed, text[cut:], origin, known) as second:
        try:
            first = split_packed(text[:cut], origin, known)
            rest = second.result()
        except ParseError:
            return split_side(text, origin, known)
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
