"""Read a database's schema with ``pg_dump --schema-only``.

Why pg_dump rather than our own catalog queries: it already knows every object kind of every
PostgreSQL version and orders them by dependency; we compare its output instead of re-deriving it.

The password travels in ``PGPASSWORD`` (see ``conn.ConnInfo.child_env``), never on argv.
"""

from __future__ import annotations

import logging
import re
import subprocess
import tempfile
import time
from dataclasses import dataclass

from pgsnapdiff.binaries import Binaries, find_pg_dump
from pgsnapdiff.conn import ConnInfo, scrub
from pgsnapdiff.errors import DumpError
from pgsnapdiff.parse import meta_command_lines, without_spans

log = logging.getLogger("pgsnapdiff.dump")

# pg_dump 17.6, 16.10, 15.14, 14.19, 13.22 and later (CVE-2025-8714) wrap plain-text output in
# ``\restrict <random key>`` ... ``\unrestrict <same key>`` so that psql refuses meta-commands
# smuggled in by a malicious server. The key is random per run, so it must go before we compare.
_RESTRICT_RE = re.compile(r"^\\restrict ([A-Za-z0-9]+)\s*$")
_CONNECT_RE = re.compile(r"^\\connect\s")


@dataclass(frozen=True)
class Dump:
    """A cleaned schema dump and where it came from."""

    text: str
    server_major: int
    pg_dump: Binaries


def server_major(target: ConnInfo, *, connect_timeout: int = 10) -> int:
    """The target's major version (``server_version_num`` // 10000). Connecting first also fails
    fast, with our one-line ConnectionFailed, instead of through pg_dump's wordier stderr."""
    with target.connect(autocommit=True, connect_timeout=connect_timeout) as conn:
        return conn.info.server_version // 10000


def pg_dump_argv(
    target: ConnInfo, pg_dump: Binaries, *, owners: bool = False, privileges: bool = False,
    lock_wait_timeout: float | None = None,
) -> list[str]:
    """The pg_dump command line: no password ever (it goes in the environment).

    ``--lock-wait-timeout`` keeps pg_dump from waiting forever behind an ACCESS EXCLUSIVE lock;
    ``--encoding=UTF8`` lets us decode the output whatever the database encoding is."""
    argv = [str(pg_dump.path("pg_dump")), "--schema-only", "--encoding=UTF8"]
    if not owners:
        argv.append("--no-owner")
    if not privileges:
        argv.append("--no-privileges")
    if lock_wait_timeout is not None:
        argv.append(f"--lock-wait-timeout={max(1, int(lock_wait_timeout * 1000))}")
    conninfo = target.conninfo_without_password()
    if conninfo:  # empty: everything comes from PGHOST/PGDATABASE/... in the environment
        argv.append(f"--dbname={conninfo}")
    return argv


def clean_dump(text: str) -> str:
    """Drop psql meta-command lines, keep the SQL (session SETs are filtered later, by parse.py).

    Only ``\\restrict KEY``, the matching ``\\unrestrict KEY`` and ``\\connect`` lines go: matching
    the key, not any backslash line, keeps a function body line such as ``\\unrestrict`` intact."""
    spans = [(start, min(end + 1, len(text))) for start, end in meta_command_lines(text)]  # with the newline
    if not spans:
        return text
    lines = [text[start:end] for start, end in spans]
    keys = {m.group(1) for line in lines if (m := _RESTRICT_RE.match(line))}
    drop = {f"\\restrict {k}" for k in keys} | {f"\\unrestrict {k}" for k in keys}
    return without_spans(text, [span for span, line in zip(spans, lines, strict=True)
                                if line.rstrip() in drop or _CONNECT_RE.match(line)])


def dump_schema(
    target: ConnInfo, *, pg_bin: str | None = None, owners: bool = False, privileges: bool = False,
    timeout: float = 600,
) -> Dump:
    """Dump ``target``'s schema with a pg_dump at least as new as its server."""
    with DumpRun(target, pg_bin=pg_bin, owners=owners, privileges=privileges, timeout=timeout) as run:
        return run.result()


class DumpRun:
    """A pg_dump running in the background: ``with DumpRun(target) as run: ...; run.result()``.

    Why: a diff dumps two databases, and pg_dump mostly waits for its server; running both at once
    costs the time of the slower one. Output goes to an unnamed temporary file, not a pipe, so
    pg_dump never waits for us to read it while we do other work. Leaving the ``with`` block
    early (an error, Ctrl-C) kills pg_dump: nothing is left running."""

    def __init__(self, target: ConnInfo, *, pg_bin: str | None = None, owners: bool = False,
                 privileges: bool = False, timeout: float = 600) -> None:
        self.target = target
        self.timeout = timeout
        self.major = server_major(target)
        self.pg_dump = find_pg_dump(self.major, explicit=pg_bin)
        # Half the budget, at most a minute, per lock: pg_dump then fails with its own message, which
        # names the table ("... statement timeout | Query was: LOCK TABLE ..."), before we kill it.
        lock_wait = min(60.0, timeout / 2)
        env = target.child_env()
        dumped = target
        if self.major >= 14:  # a pg_dump killed while it waits (Ctrl-C, timeout) must not leave its session
            # holding table locks until the wait ends: the server checks for a gone client every second.
            # In the URL's own options when it has some (they override PGOPTIONS), else in PGOPTIONS.
            check = "-c client_connection_check_interval=1000"
            if target.get("options") is not None:
                dumped = target.with_param("options", f"{target.get('options')} {check}".strip())
            else:
                env["PGOPTIONS"] = f"{env.get('PGOPTIONS', '')} {check}".strip()
        self.argv = pg_dump_argv(dumped, self.pg_dump, owners=owners, privileges=privileges,
                                 lock_wait_timeout=lock_wait)
        log.info("dumping %s (PostgreSQL %d) with pg_dump %s", target.describe(), self.major,
                 self.pg_dump.version)
        self._stdout = tempfile.TemporaryFile()
        self._stderr = tempfile.TemporaryFile()
        self._started = time.monotonic()
        try:
            self._proc = subprocess.Popen(self.argv, env=env, stdout=self._stdout, stderr=self._stderr,
                                          stdin=subprocess.DEVNULL)
        except OSError as exc:
            self.close()
            raise DumpError(f"could not run {self.argv[0]}: {exc}") from None

    def __enter__(self) -> DumpRun:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Kill pg_dump if it still runs, and drop its output files."""
        proc = getattr(self, "_proc", None)
        if proc is not None and proc.poll() is None:
            proc.kill()
            proc.wait()
        self._stdout.close()
        self._stderr.close()

    def finished(self) -> bool:
        return self._proc.poll() is not None

    def result(self) -> Dump:
        """Wait for pg_dump (within the timeout, counted from its start) and return the cleaned dump."""
        describe = self.target.describe()
        try:
            self._proc.wait(timeout=max(0.0, self.timeout - (time.monotonic() - self._started)))
        except subprocess.TimeoutExpired:
            raise DumpError(
                f"pg_dump of {describe} did not finish within {self.timeout:.0f}s "
                f"(a long lock wait? a huge schema?)"
            ) from None
        if self._proc.returncode != 0:
            self._stderr.seek(0)
            stderr = self._stderr.read().decode("utf-8", errors="replace")
            summary = _stderr_summary(stderr, self.target)
            raise DumpError(f"pg_dump {self.pg_dump.version} failed for {describe}: {summary}")
        self._stdout.seek(0)
        try:
            text = self._stdout.read().decode("utf-8")
        except UnicodeDecodeError as exc:
            raise DumpError(f"pg_dump output for {describe} is not UTF-8: {exc}") from None
        return Dump(text=clean_dump(text), server_major=self.major, pg_dump=self.pg_dump)


def _stderr_summary(stderr: str, target: ConnInfo) -> str:
    """pg_dump's first error line and its detail ("Query was: LOCK TABLE ..." says which object),
    without the ``pg_dump: error:`` prefixes, on one line, without any password."""
    lines = [ln.strip() for ln in stderr.splitlines() if ln.strip()]
    wanted = [ln for ln in lines if re.match(r"pg_dump: (error|detail):", ln)] or lines or ["no message"]
    summary = " | ".join(re.sub(r"^pg_dump:\s*(error:|detail:)?\s*", "", ln) for ln in wanted[:2])
    summary = re.sub(r"\b(ERROR|FATAL):\s+", "", summary)
    return scrub(summary, target.password)
