"""One exception family, so cli.py can map every failure to an exit code and one readable line.

Messages say what happened, to which object or file, and what to do about it. They must never
contain a password: build them from sanitised connection descriptions (see ``conn.describe``).
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_PENDING = 3  # --exit-code: additive changes pending
EXIT_DIFFERS = 4  # --exit-code: nothing additive pending, non-additive differences remain


class PgSnapDiffError(Exception):
    """Base class: a failure the user can act on. ``str(err)`` is the one line shown."""

    exit_code = EXIT_ERROR


class ConfigError(PgSnapDiffError):
    """Bad configuration or arguments that click could not catch."""

    exit_code = EXIT_USAGE


class BinariesError(PgSnapDiffError):
    """No suitable PostgreSQL binaries (postgres, initdb, pg_dump) were found."""


class ServerError(PgSnapDiffError):
    """A throwaway server could not be started or stopped."""


class ConnectionFailed(PgSnapDiffError):
    """A database could not be reached (wrong host, password, database name...)."""


class DumpError(PgSnapDiffError):
    """pg_dump failed or produced something we cannot read."""


class SourceError(PgSnapDiffError):
    """A source (SQL file, snapshot, models) could not be loaded."""


class ParseError(PgSnapDiffError):
    """SQL text could not be parsed by pglast."""


class ApplyError(PgSnapDiffError):
    """Applying the plan failed; the transaction was rolled back."""


class NotConverged(PgSnapDiffError):
    """The plan applied, but the re-diff still shows additive changes pending."""
