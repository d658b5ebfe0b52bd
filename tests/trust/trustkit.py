"""Helpers for the trust tests: run the real CLI as a child process, watch the target's sessions,
and take the "nothing changed" fingerprint of a database (its schema dump and every row)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import psycopg

from pgsnapdiff.conn import ConnInfo
from pgsnapdiff.dump import dump_schema
from tests.dbkit import rows_of_all_tables

REPO = Path(__file__).resolve().parents[2]
T = TypeVar("T")


def cli_argv(*args: str) -> list[str]:
    return [sys.executable, "-m", "pgsnapdiff", *args]


def child_env(**extra: str) -> dict[str, str]:
    """Our environment, the repo importable, no colour, plus ``extra``."""
    return {**os.environ, "PYTHONPATH": str(REPO), "NO_COLOR": "1", **extra}


def start_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    """The real command line in a child process, in its own process group (so a signal we send
    reaches it alone, as a terminal's Ctrl-C would reach the foreground job)."""
    return subprocess.Popen(cli_argv(*args), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=env or child_env(), stdin=subprocess.DEVNULL, start_new_session=True)


def run_cli_process(*args: str, env: dict[str, str] | None = None, timeout: float = 120
                    ) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cli_argv(*args), capture_output=True, text=True, env=env or child_env(),
                          timeout=timeout, stdin=subprocess.DEVNULL)


def wait_for(what: str, probe: Callable[[], T | None], timeout: float = 60, every: float = 0.05) -> T:
    """Poll ``probe`` until it returns something truthy; fail naming ``what`` otherwise."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = probe()
        if value:
            return value
        time.sleep(every)
    raise AssertionError(f"timed out after {timeout:.0f}s waiting for {what}")


def sessions(url: str, where: str = "true", params: tuple = ()) -> list[tuple]:
    """(pid, application_name, wait_event_type, state) of the other sessions on ``url``'s database."""
    with psycopg.connect(url, autocommit=True) as conn:
        return conn.execute(
            "SELECT pid, application_name, wait_event_type, state FROM pg_stat_activity"
            " WHERE datname = current_database() AND pid <> pg_backend_pid() AND " + where,
            params).fetchall()


def apply_waiting_on_lock(url: str) -> int | None:
    """The pid of a pgsnapdiff session blocked on a lock in ``url``'s database, if any."""
    rows = sessions(url, "application_name = 'pgsnapdiff' AND wait_event_type = 'Lock'")
    return rows[0][0] if rows else None


def fingerprint(url: str) -> tuple[str, dict]:
    """What "nothing changed" compares: the schema as pg_dump writes it, and every row as text."""
    return dump_schema(ConnInfo.parse(url)).text, rows_of_all_tables(url)


def one_error_line(stderr: str) -> str:
    """The single ``pgsnapdiff: error: ...`` line that every failure must print, and nothing else."""
    lines = [ln for ln in stderr.splitlines() if ln.strip()]
    assert len(lines) == 1, f"expected one line on stderr, got:\n{stderr}"
    assert lines[0].startswith("pgsnapdiff: error: "), stderr
    assert "Traceback" not in stderr
    return lines[0]
