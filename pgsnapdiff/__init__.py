"""pgsnapdiff: additive, idempotent PostgreSQL schema sync from a committed snapshot."""

__version__ = "0.1.0"
