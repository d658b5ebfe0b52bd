"""Run SQL text (a source file, a snapshot) into a database, all or nothing.

Why one ``execute`` of the whole text: psycopg 3 sends parameterless queries with the simple
query protocol, which accepts many statements at once; one round trip, and the server's own
parser decides what a statement is (so dollar quotes, ``BEGIN ATOMIC`` bodies, etc. just work).
The cost is on the error path only: we must work out which line failed (see ``_error_line``).
"""

from __future__ import annotations

import logging
import re
from typing import LiteralString, cast

import psycopg
from pglast.parser import ParseError, scan, split
from psycopg import sql as sql_module

from pgsnapdiff.conn import ConnInfo
from pgsnapdiff.errors import SourceError
from pgsnapdiff.parse import restrict_lines, without_spans

log = logging.getLogger("pgsnapdiff.load")


def load_sql(url: str, sql: str, *, filename: str) -> None:
    """Execute ``sql`` in one transaction; on error roll back and raise SourceError
    ``<filename>:<line>: <server message>``."""
    target = ConnInfo.parse(url)
    sql = loadable(sql)
    with target.connect(autocommit=False) as conn:
        for _ in range(MAX_ROLES):
            try:
                with conn.cursor() as cur:
                    cur.execute(cast("LiteralString", sql))  # no params: '%' is not a placeholder
                conn.commit()
                break
            except psycopg.Error as exc:
                conn.rollback()
                if (role := missing_role(exc)) is None:
                    line = _error_line(conn, sql, exc)
                    raise SourceError(_message(filename, line, exc)) from None
                create_role(conn, role, filename)
                conn.commit()  # kept when the next try fails on another role
        else:
            raise SourceError(f"{filename}: names more than {MAX_ROLES} roles the server does not have")
    log.info("loaded %s into %s", filename, target.describe())


MAX_ROLES = 200  # roles a source may name that the throwaway server is given (each costs one retry)
_MISSING_ROLE = re.compile(r'^role "(.+)" does not exist$')


def missing_role(exc: psycopg.Error) -> str | None:
    """The role a statement named that the server does not have (``GRANT ... TO app_user``, ``OWNER
    TO``, a policy's ``TO``), or None for any other error."""
    if exc.sqlstate != "42704":  # undefined_object
        return None
    match = _MISSING_ROLE.match(exc.diag.message_primary or "")
    return match.group(1) if match else None


def create_role(conn: psycopg.Connection, role: str, filename: str) -> None:
    """The role, in the throwaway server only: a schema file that grants to the application's roles
    loads there as it does where those roles exist (the target's are its own)."""
    conn.execute(sql_module.SQL("CREATE ROLE {} NOLOGIN").format(sql_module.Identifier(role)))
    log.info("%s names role %s: created it in the throwaway server", filename, role)


_CREATE_EXTENSION = re.compile(r'\bCREATE\s+EXTENSION\s+(?:IF\s+NOT\s+EXISTS\s+)?(?:"([^"]+)"|([\w-]+))',
                               re.IGNORECASE)


def extensions_in(sql: str) -> set[str]:
    """The extensions ``sql`` creates, so that the throwaway server chosen to run it has them
    (binaries.find_binaries). A name in a comment or a string only sways that choice."""
    return {quoted or plain.lower() for quoted, plain in _CREATE_EXTENSION.findall(sql)}


def loadable(sql: str) -> str:
    """``sql`` as a throwaway database runs it: without pg_dump's ``\\restrict`` lines
    (``parse.restrict_lines``), ``CONCURRENTLY`` blanked (``without_concurrently``). Every line
    keeps its number, so errors still point into the file."""
    return without_concurrently(without_spans(sql, restrict_lines(sql)))


def without_concurrently(sql: str) -> str:
    """``sql`` with each ``CONCURRENTLY`` keyword blanked out (``CREATE INDEX CONCURRENTLY``, ``DROP
    INDEX``, ``REINDEX``, ``DETACH PARTITION``): statements that cannot run in a transaction, which
    schema files gathered from migrations often hold. A throwaway database has no other session to
    wait for, so the plain form builds the same schema. Keywords only, found by PostgreSQL's scanner:
    the same word in a string or a function body is left alone; spaces keep every line and column."""
    try:
        spans = [(t.start, t.end + 1) for t in scan(sql) if t.name == "CONCURRENTLY"]  # end: inclusive
    except ParseError:  # not SQL the scanner reads: the server will say why
        return sql
    return without_spans(sql, spans, blank=True)


def _message(filename: str, line: int | None, exc: psycopg.Error) -> str:
    diag = exc.diag
    primary = diag.message_primary or str(exc).strip().splitlines()[0]
    where = f"{filename}:{line}" if line else filename
    text = f"{where}: {primary}"
    if diag.message_detail:
        text += f" ({diag.message_detail})"
    if diag.message_hint:
        text += f"; hint: {diag.message_hint}"
    if diag.context and "PL/pgSQL" in diag.context:  # "compilation of PL/pgSQL function ... line N"
        text += f" [{diag.context.strip().splitlines()[0]}]"
    return text


def _line_of(sql: str, char_index: int) -> int:
    return sql.count("\n", 0, max(0, char_index)) + 1


def _error_line(conn: psycopg.Connection, sql: str, exc: psycopg.Error) -> int | None:
    """The line of the error in ``sql``.

    Syntax-type errors carry ``statement_position``: a 1-based *character* index into the whole
    text we sent, exact. Other errors (``relation "x" already exists``) say nothing about which
    statement failed, so we replay the statements one by one in a transaction that is rolled back,
    until one fails, and report where that statement starts."""
    position = exc.diag.statement_position
    if position:
        try:
            return _line_of(sql, int(position) - 1)
        except ValueError:
            pass
    try:
        slices = list(split(sql, only_slices=True))
    except Exception:  # pglast's parser may be older/newer than the server: fall back to the scanner
        try:
            slices = list(split(sql, with_parser=False, only_slices=True))
        except Exception:
            return None
    failing = _replay(conn, sql, slices)
    return _line_of(sql, failing.start) if failing is not None else None


def _replay(conn: psycopg.Connection, sql: str, slices: list[slice]) -> slice | None:
    """Run statements one at a time (rolled back at the end); return the first one that fails."""
    try:
        with conn.cursor() as cur:
            for piece in slices:
                try:
                    cur.execute(cast("LiteralString", sql[piece]))
                except psycopg.Error:
                    return piece
        return None
    finally:
        conn.rollback()
