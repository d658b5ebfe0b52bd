"""Turn one side of a diff (a URL, a snapshot or dump file, or a file of DDL) into a schema model.

- A PostgreSQL URL is dumped with ``pg_dump --schema-only``.
- A pgsnapdiff snapshot, or a pg_dump plain-text file, is already pg_dump's normalised output: it is
  parsed directly, so a file-vs-file diff needs no server at all.
- Any other ``.sql`` file is hand-written DDL: it is loaded into a throwaway PostgreSQL (one per
  run, shared by both sides) and dumped, so that it reads exactly like a dump of a real database.
- A name such as ``prod`` that is not a file is a target from ``[tool.pgsnapdiff.targets]`` in
  pyproject.toml, whose environment variable holds the URL (see config.py).
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import re
from dataclasses import dataclass
from pathlib import Path

from .build import build_model
from .conn import ConnInfo, is_url
from .dump import Dump, dump_schema
from .errors import ConfigError, SourceError
from .model import Model
from .parse import parse_sql
from .splitting import SplitSide

SNAPSHOT_MARKER = "-- pgsnapdiff snapshot"
DUMP_MARKER = "-- PostgreSQL database dump"


@dataclass(frozen=True)
class Side:
    """What one side of a diff resolved to."""

    spec: str  # as the user wrote it, password removed
    kind: str  # "database", "snapshot", "dump file", "sql file"
    text: str  # pg_dump-style SQL
    model: Model
    conn: ConnInfo | None = None  # for a database side
    server_major: int | None = None  # for a database side: its PostgreSQL major version
    # The text split into statements (splitting.split_side), for a side read without its model:
    # made as soon as the side is there (sync.py), dropped once the model is built.
    split: SplitSide | None = dataclasses.field(default=None, compare=False, repr=False)


# pg_dump before 10.3 set a search_path and left names unqualified: such a file only means what it
# says inside a server, so it is loaded and re-dumped like hand-written SQL, not parsed directly.
_SEARCH_PATH_RE = re.compile(r"^SET search_path = (?!'')", re.MULTILINE)


_DATA_RE = re.compile(r"^\s*(INSERT|COPY|UPDATE|DELETE|TRUNCATE|MERGE)\b", re.MULTILINE | re.IGNORECASE)
_DATA_WORDS = ("INSERT", "COPY", "UPDATE", "DELETE", "TRUNCATE", "MERGE")


def _holds_rows(text: str, spec: str, *, snapshot: bool) -> bool:
    """Whether a schema dump carries data statements, which a person appended: Rails writes its
    ``structure.sql`` as pg_dump's output plus ``INSERT INTO schema_migrations``. Such a file is
    loaded into the throwaway server like any ``.sql`` file, where the rows are harmless. A snapshot
    never holds rows, and ``COPY ... FROM stdin`` means a full dump (pg_dump without
    ``--schema-only``): both are the wrong file, refused with the line."""
    if not _DATA_RE.search(text):  # cheap pre-check; a line inside a function body may match too
        return False
    from .parse import split_sql

    rows = False
    for piece in split_sql(text, origin=spec):  # meta-commands (\restrict) blanked by split_sql
        word = piece.body.split(None, 1)[0].upper() if piece.body else ""
        if word in _DATA_WORDS:
            if snapshot or word == "COPY":
                raise SourceError(f"{spec}:{piece.line}: {word} in a schema dump: a snapshot or dump file "
                                  "must hold the schema only (make it with pg_dump --schema-only or "
                                  "pgsnapdiff snapshot)")
            rows = True
    return rows


def without_checkout_crlf(text: str) -> str:
    """A pg_dump or snapshot file whose every line ends in CRLF is a Windows checkout of an LF file:
    read as LF. One with both (a CR inside a function body, which a snapshot of a CRLF source keeps,
    as the server does) is read as it is."""
    if "\r\n" in text and "\n" not in text.replace("\r\n", ""):
        return text.replace("\r\n", "\n")
    return text


def is_dump_text(text: str) -> bool:
    """A snapshot, or pg_dump output with qualified names: parsed directly, no server needed."""
    head = text[:4096]
    return (SNAPSHOT_MARKER in head or DUMP_MARKER in head) and not _SEARCH_PATH_RE.search(text)


class SideReader:
    """Reads sides; owns the throwaway server that .sql files need, started on first use."""

    def __init__(self, *, pg_bin: str | None = None, privileges: bool = False, models: bool = True) -> None:
        self.pg_bin = pg_bin
        self.privileges = privileges  # dump GRANTs too (diff --privileges)
        self.models = models  # False: sides come with an empty model; the caller builds them (fastpath.py)
        self._stack = contextlib.ExitStack()
        self._server = None

    def __enter__(self) -> SideReader:
        return self

    def __exit__(self, *exc) -> None:
        self._stack.close()

    def server(self, extensions: set[str] | frozenset[str] = frozenset()):
        """The throwaway server, started on first use by one whose contrib has ``extensions``."""
        if self._server is None:
            from .binaries import find_binaries
            from .server import ThrowawayServer

            binaries = find_binaries(self.pg_bin, extensions=extensions)
            self._server = self._stack.enter_context(ThrowawayServer(binaries))
        return self._server

    def read(self, spec: str) -> Side:
        conn = database_of(spec)
        if conn is not None:
            return self.read_database(conn)
        if _TARGET_NAME_RE.match(spec) and not os.path.exists(spec):
            url = _named_target(spec)
            if url is not None:
                side = self.read_database(ConnInfo.parse(url))
                return dataclasses.replace(side, spec=f"{spec} ({side.spec})")
        path = Path(spec)
        if path.is_dir():
            raise SourceError(f"{spec}: is a directory; give a .sql file, a snapshot or a URL")
        try:
            # Bytes as they are, as psql sends a file: a function body or literal written with CRLF
            # (a Windows checkout) keeps its CR, like the database loaded from the same file.
            text = path.read_bytes().decode("utf-8")
        except FileNotFoundError:
            raise SourceError(f"{spec}: no such file (give a .sql file, a snapshot or a postgresql:// URL)"
                              ) from None
        except (OSError, UnicodeDecodeError) as exc:
            raise SourceError(f"{spec}: cannot read: {exc}") from None
        if not text.strip():
            raise SourceError(f"{spec}: the file is empty")
        if is_dump_text(text):
            dump = without_checkout_crlf(text)
            snapshot = SNAPSHOT_MARKER in dump[:4096]
            if not _holds_rows(dump, spec, snapshot=snapshot):
                return self._side(spec, "snapshot" if snapshot else "dump file", dump)
        return self.read_sql_file(spec, text)  # loaded as psql would: its bytes as they are

    def read_database(self, conn: ConnInfo) -> Side:
        return self.database_side(conn, dump_schema(conn, pg_bin=self.pg_bin, privileges=self.privileges))

    def database_side(self, conn: ConnInfo, dump: Dump) -> Side:
        """The side of a database, from its dump."""
        side = self._side(conn.describe(), "database", dump.text, conn)
        return dataclasses.replace(side, server_major=dump.server_major)

    def _side(self, spec: str, kind: str, text: str, conn: ConnInfo | None = None) -> Side:
        if self.models:
            return Side(spec, kind, text, build_model(parse_sql(text, origin=spec), spec), conn)
        return Side(spec, kind, text, Model(spec), conn)  # split by the caller (sync.py)

    def read_sql_file(self, spec: str, text: str) -> Side:
        from .load import extensions_in, load_sql, loadable

        text = loadable(text)  # without pg_dump 17.6+'s \restrict lines, which only psql reads
        parse_sql(text, origin=spec)  # a syntax error is reported with file:line before any server starts
        url = self.server(extensions_in(text)).create_database()
        load_sql(url, text, filename=spec)
        dump = dump_schema(ConnInfo.parse(url), pg_bin=self.pg_bin, privileges=self.privileges)
        return self._side(spec, "sql file", dump.text)


_TARGET_NAME_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_.-]*$")


def _named_target(name: str) -> str | None:
    """The URL of target ``name`` from pyproject.toml, or None when no such target is configured."""
    from .config import load_config

    config = load_config()
    return config.resolve_target(name) if name in config.targets else None


def database_of(spec: str) -> ConnInfo | None:
    """The database a side names when it is a URL or a libpq connection string, else None."""
    if is_url(spec) or _looks_like_conninfo(spec):
        return ConnInfo.parse(spec)
    return None


def _looks_like_conninfo(spec: str) -> bool:
    return "=" in spec and not os.path.exists(spec) and any(
        spec.lstrip().startswith(k + "=") for k in ("host", "dbname", "user", "port", "service"))


def default_target(target: str | None) -> str:
    if target:
        return target
    env = os.environ.get("DATABASE_URL")
    if not env:
        raise ConfigError("no TARGET given and $DATABASE_URL is not set: pass a postgresql:// URL or a "
                          "target name from [tool.pgsnapdiff.targets], or set DATABASE_URL")
    return env
