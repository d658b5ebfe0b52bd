"""``pgsnapdiff diff`` shows its phases on a terminal, and nothing of them anywhere else."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
import tempfile

from bench.schema_gen import generate
from tests.dbkit import execute


def run_diff(*args: str, tty: bool) -> tuple[str, str]:
    """(stdout, stderr) of the CLI, stderr on a pseudo-terminal when ``tty``."""
    argv = [sys.executable, "-m", "pgsnapdiff", "diff", *args, "--format", "sql"]
    env = {**os.environ, "TERM": "xterm"}
    if not tty:
        done = subprocess.run(argv, capture_output=True, text=True, timeout=120, env=env)
        return done.stdout, done.stderr
    leader, follower = pty.openpty()
    with tempfile.TemporaryFile() as out:  # a file, not a pipe: the script is larger than a pipe holds
        with subprocess.Popen(argv, stdout=out, stderr=follower, env=env) as proc:
            os.close(follower)
            seen = b""
            while True:
                try:
                    chunk = os.read(leader, 4096)
                except OSError:  # the child closed its end
                    break
                if not chunk:
                    break
                seen += chunk
            proc.wait(timeout=120)
        out.seek(0)
        stdout = out.read().decode()
    os.close(leader)
    return stdout, seen.decode(errors="replace")


def test_phases_on_a_terminal_only(pg_server) -> None:
    desired, older = generate(400)
    desired_url, older_url = pg_server.create_database(), pg_server.create_database()
    execute(desired_url, desired)
    execute(older_url, older)
    script, stderr = run_diff(desired_url, older_url, tty=False)
    assert stderr == "" and script.startswith("-- pgsnapdiff plan")
    same_script, terminal = run_diff(desired_url, older_url, tty=True)
    assert same_script == script
    assert "dumping both databases" in terminal and "comparing" in terminal
    assert terminal.endswith("\x1b[K")  # the spinner's line is erased before the report
