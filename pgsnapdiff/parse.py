"""SQL text → parsed statements, with pglast (the real PostgreSQL parser).

A dump is split once with ``pglast.parser.split`` (cheap: the scanner only) so that every statement
keeps its line number for error messages; each statement is then parsed on its own, through a cache
keyed by its text. Both sides of a diff are mostly identical text, so the second side costs little.
Session noise that pg_dump writes (``SET ...``, ``SELECT pg_catalog.set_config(...)``) is dropped here:
it describes how the dump was made, not the schema.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import pglast
from pglast import ast, parser
from pglast.stream import RawStream

from .errors import ParseError


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


def deparse(node: ast.Node | None) -> str:
    """Canonical text of an AST node: whitespace, parentheses and casts written one way.

    Comparing deparsed text rather than raw text makes ``(a > (0)::numeric)`` and
    ``a > CAST(0 AS numeric)`` equal, which is what PostgreSQL itself considers them.
    """
    if node is None:
        return ""
    return RawStream()(node)


@lru_cache(maxsize=65536)
def _parse_one(text: str) -> tuple[ast.Node, ...]:
    return tuple(raw.stmt for raw in pglast.parse_sql(text))


def _is_session_noise(node: ast.Node) -> bool:
    if isinstance(node, ast.VariableSetStmt):
        return True
    if isinstance(node, ast.SelectStmt) and node.targetList and len(node.targetList) == 1:
        val = node.targetList[0].val
        if isinstance(val, ast.FuncCall):
            name = ".".join(s.sval for s in val.funcname)
            return name in ("pg_catalog.set_config", "set_config")
    return False


def _strip_meta_commands(text: str) -> str:
    r"""Blank out psql meta-commands (``\restrict KEY``, ``\connect``): pglast cannot parse them.

    Lines are blanked rather than removed so that line numbers stay true to the file.
    """
    if "\\" not in text:
        return text
    return "\n".join("" if line.startswith("\\") else line for line in text.split("\n"))


def parse_sql(text: str, *, origin: str) -> list[Statement]:
    """Parse every statement of ``text``; raise ParseError naming ``origin:line`` on bad SQL."""
    text = _strip_meta_commands(text)
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
    statements: list[Statement] = []
    line = 1
    pos = 0
    for piece in slices:
        line += text.count("\n", pos, piece.start)
        pos = piece.start
        chunk = text[piece]
        stmt_line = line + _leading_comment_lines(chunk)
        for node in _parse_one(chunk):
            if not _is_session_noise(node):
                statements.append(Statement(chunk, node, origin, stmt_line))
    return statements


def _leading_comment_lines(chunk: str) -> int:
    count = 0
    for raw_line in chunk.split("\n"):
        stripped = raw_line.strip()
        if stripped and not stripped.startswith("--"):
            break
        count += 1
    return count
