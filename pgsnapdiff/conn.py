"""Connection targets that never leak their password.

Why this exists: URLs such as ``postgresql://app:s3cret@db/app`` reach us on the command line and
in CI logs. We keep the password apart from the other parameters so that nothing we print, log,
raise or put on a child's argv (visible to every user through ``ps``) can contain it. Children
(pg_dump, psql) get it through ``PGPASSWORD`` instead.

Everything else goes through libpq untouched, so the usual environment (PGHOST, PGUSER,
PGPASSWORD, PGSERVICE, PGSSLMODE...) and ``~/.pgpass`` keep working.
"""

from __future__ import annotations

import getpass
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import quote

import psycopg
from psycopg.conninfo import conninfo_to_dict, make_conninfo

from pgsnapdiff.errors import ConfigError, ConnectionFailed

_URL_PREFIXES = ("postgresql://", "postgres://")
_URL_PASSWORD_RE = re.compile(r"(://[^:/@\s]*):[^@\s]*@")
_KV_PASSWORD_RE = re.compile(r"(password\s*=\s*)('(?:[^'\\]|\\.)*'|\S+)", re.IGNORECASE)

_HINTS = (
    ("password authentication failed", "check the password (URL, PGPASSWORD or ~/.pgpass)"),
    ("no password supplied", "the server wants a password: put it in the URL, PGPASSWORD or ~/.pgpass"),
    ("does not exist", "check the database and user names"),
    ("timeout expired", "the host did not answer in time: check host, port and firewall"),
    ("could not translate host name", "check the host name"),
    ("failed to resolve host", "check the host name"),
    ("connection refused", "is the server running and accepting connections on that host/port?"),
    ("no such file or directory", "no server socket there: is the server running, is the host right?"),
    ("no pg_hba.conf entry", "the server's pg_hba.conf does not allow this user/database/host"),
    ("ssl", "check the sslmode and certificates"),
)


def is_url(text: str) -> bool:
    """True for ``postgresql://`` / ``postgres://`` URLs (as opposed to key=value conninfo)."""
    return text.strip().lower().startswith(_URL_PREFIXES)


def scrub(text: str, password: str | None = None) -> str:
    """Remove passwords from free text: a known one anywhere, and URL/conninfo-shaped ones."""
    if password:
        text = text.replace(password, "***")
    text = _URL_PASSWORD_RE.sub(r"\1:***@", text)
    return _KV_PASSWORD_RE.sub(r"\1***", text)


@dataclass(frozen=True)
class ConnInfo:
    """A libpq target: its parameters without the password, and the password (if any) apart.

    ``repr()`` leaves the password out too, so a ConnInfo in a traceback or a log is safe."""

    params: tuple[tuple[str, str], ...]
    password: str | None = field(default=None, repr=False)

    @classmethod
    def parse(cls, url_or_conninfo: str) -> ConnInfo:
        """Parse a URL or a key=value string with libpq's own parser (via psycopg)."""
        try:
            params = conninfo_to_dict(url_or_conninfo)
        except psycopg.ProgrammingError as exc:
            # libpq quotes the offending fragment, which may be the password: drop quoted text.
            reason = re.sub(r'"[^"]*"', '"…"', str(exc).strip().splitlines()[0] if str(exc) else "")
            raise ConfigError(f"not a valid PostgreSQL URL or conninfo string: {reason}") from None
        password = params.pop("password", None)
        items = tuple(sorted((k, str(v)) for k, v in params.items() if v is not None))
        return cls(params=items, password=str(password) if password is not None else None)

    def with_param(self, key: str, value: str) -> ConnInfo:
        """A copy with one parameter set (not the password)."""
        params = {**self.as_dict, key: value}
        return ConnInfo(params=tuple(sorted(params.items())), password=self.password)

    @property
    def as_dict(self) -> dict[str, str]:
        """Parameters without the password."""
        return dict(self.params)

    def get(self, key: str, default: str | None = None) -> str | None:
        return self.as_dict.get(key, default)

    def describe(self) -> str:
        """Display form, never with a password: ``postgresql://user@host:port/dbname``, or
        ``postgresql://user@/dbname?host=/path`` for a socket directory. Missing parts are filled
        as libpq would (PGHOST, PGUSER..., then the OS user), to show what will really be used."""
        env = os.environ
        p = self.as_dict
        host = p.get("host") or p.get("hostaddr") or env.get("PGHOST") or env.get("PGHOSTADDR") or ""
        port = p.get("port") or env.get("PGPORT") or ""
        user = p.get("user") or env.get("PGUSER") or _os_user()
        dbname = p.get("dbname") or env.get("PGDATABASE") or user
        service = p.get("service") or env.get("PGSERVICE")
        if service and not p.get("host"):  # the service file decides: show only what we know
            known = " ".join(f"{k}={p[k]}" for k in ("user", "dbname") if k in p)
            return f"service {service}" + (f" ({known})" if known else "")
        userpart = quote(user, safe="")
        path = "/" + quote(dbname, safe="")
        if not host or host.startswith("/") or host.startswith("@"):  # default/explicit socket
            query = [f"host={host}"] if host else []
            if port:
                query.append(f"port={port}")
            return f"postgresql://{userpart}@{path}" + ("?" + "&".join(query) if query else "")
        hosts = ",".join(f"[{h}]" if ":" in h else h for h in host.split(","))
        return f"postgresql://{userpart}@{hosts}{':' + port if port else ''}{path}"

    def __str__(self) -> str:
        return self.describe()

    def conninfo_without_password(self) -> str:
        """key=value string for argv (``pg_dump --dbname=...``); empty when all comes from env."""
        return make_conninfo(**self.as_dict)

    def child_env(self, base: Mapping[str, str] | None = None) -> dict[str, str]:
        """Environment for pg_dump/psql: ``base`` (default ``os.environ``) plus PGPASSWORD when the
        target carried a password. An inherited PGPASSWORD is kept otherwise (libpq semantics)."""
        env = dict(os.environ if base is None else base)
        if self.password is not None:
            env["PGPASSWORD"] = self.password
        return env

    def connect(
        self, *, autocommit: bool = False, connect_timeout: int = 10, application_name: str = "pgsnapdiff"
    ) -> psycopg.Connection:
        """Open a psycopg connection. Our timeout and application name are defaults only: the
        target's own parameters and PGCONNECT_TIMEOUT / PGAPPNAME win.

        Raises ConnectionFailed with one line: target, the server's reason, a hint."""
        kwargs: dict[str, str | int] = {}
        if "connect_timeout" not in self.as_dict and "PGCONNECT_TIMEOUT" not in os.environ:
            kwargs["connect_timeout"] = connect_timeout
        if "application_name" not in self.as_dict and "PGAPPNAME" not in os.environ:
            kwargs["application_name"] = application_name
        if self.password is not None:
            kwargs["password"] = self.password
        try:
            return psycopg.connect(self.conninfo_without_password(), autocommit=autocommit, **kwargs)
        except psycopg.Error as exc:
            raise ConnectionFailed(self.failure_message(exc)) from None

    def failure_message(self, exc: BaseException | str) -> str:
        """``cannot connect to <target>: <reason> (hint)``, scrubbed of passwords, on one line."""
        raw = str(exc)
        reason = _first_reason(raw)
        hint = next((h for key, h in _HINTS if key in raw.lower()), "check the URL and that the server is up")
        return scrub(f"cannot connect to {self.describe()}: {reason} ({hint})", self.password)


def _first_reason(message: str) -> str:
    """libpq errors are multi-line and wordy ('connection failed: connection to server at ...
    failed: FATAL: ...'): keep the most specific part of the first line."""
    lines = [ln.strip() for ln in message.strip().splitlines() if ln.strip()]
    if not lines:
        return "unknown error"
    first = lines[0]
    first = re.sub(r"^connection failed:\s*", "", first)
    if " failed: " in first:
        first = first.rsplit(" failed: ", 1)[1]
    return re.sub(r"^(FATAL|ERROR):\s+", "", first)


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "?"
