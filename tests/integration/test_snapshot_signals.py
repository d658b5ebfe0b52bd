"""Ctrl-C and failures in `snapshot` and `demo` leave no server, process or temporary directory.

The command runs as a child in its own session with a private TMPDIR (where its throwaway cluster
and temp files go); Ctrl-C is simulated as a terminal does it: SIGINT to the whole process group."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

REPO = Path(__file__).resolve().parents[2]


def processes_under(directory: Path) -> list[int]:
    """Pids whose working directory or command line is inside ``directory`` (every postgres process
    runs in its data directory, whatever it renames itself to)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            cwd = os.readlink(entry / "cwd")
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        if cwd.startswith(str(directory)) or str(directory) in cmdline:
            found.append(int(entry.name))
    return found


def wait_until_gone(directory: Path, timeout: float = 15) -> list[int]:
    deadline = time.monotonic() + timeout
    while (left := processes_under(directory)) and time.monotonic() < deadline:
        time.sleep(0.05)
    return left


@pytest.fixture
def child_tmp() -> Iterator[Path]:
    directory = Path(tempfile.mkdtemp(prefix="psd-snap-", dir="/tmp"))  # short: Unix socket paths
    yield directory
    shutil.rmtree(directory, ignore_errors=True)


def start(args: list[str], cwd: Path, tmpdir: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "TMPDIR": str(tmpdir), "PYTHONPATH": str(REPO), "NO_COLOR": "1"}
    return subprocess.Popen([sys.executable, "-m", "pgsnapdiff", *args], cwd=cwd, env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)


def wait_for(condition, what: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


def sleeping_query_in(tmpdir: Path) -> bool:
    """True once the throwaway server under ``tmpdir`` runs our pg_sleep (the source is loading)."""
    for socket_dir in tmpdir.glob("pgsnapdiff-*"):
        if not (socket_dir / ".s.PGSQL.5432").exists():
            continue
        try:
            url = f"postgresql://postgres@/postgres?host={socket_dir}"
            with psycopg.connect(url, connect_timeout=2) as conn:
                return conn.execute("SELECT count(*) FROM pg_stat_activity WHERE query LIKE '%pg_sleep(60)%'"
                                    " AND pid <> pg_backend_pid()").fetchone()[0] > 0
        except psycopg.Error:
            return False
    return False


def assert_nothing_left(child: subprocess.Popen[str], tmpdir: Path, *more: Path) -> str:
    _, stderr = child.communicate(timeout=60)
    for directory in (tmpdir, *more):
        assert wait_until_gone(directory) == []
    assert list(tmpdir.iterdir()) == []
    assert "Traceback" not in stderr
    return stderr


def interrupt(child: subprocess.Popen[str]) -> None:
    os.killpg(child.pid, signal.SIGINT)


def test_ctrl_c_while_loading_sql_leaves_nothing(tmp_path: Path, child_tmp: Path) -> None:
    (tmp_path / "slow.sql").write_text("CREATE TABLE public.t (id integer);\nSELECT pg_sleep(60);\n")
    child = start(["snapshot", "--from", "slow.sql", "-o", "out.sql"], tmp_path, child_tmp)
    wait_for(lambda: sleeping_query_in(child_tmp), "the source to be loading")
    interrupt(child)
    stderr = assert_nothing_left(child, child_tmp)
    assert child.returncode == 130 and "interrupted; nothing was written" in stderr
    assert not (tmp_path / "out.sql").exists()


def test_ctrl_c_while_models_import_leaves_nothing(tmp_path: Path, child_tmp: Path) -> None:
    (tmp_path / "slowmodels.py").write_text(
        "import pathlib, time\npathlib.Path('importing').touch()\ntime.sleep(60)\n")
    child = start(["snapshot", "--from", "sqlalchemy:slowmodels:Base", "-o", "out.sql"], tmp_path, child_tmp)
    wait_for(lambda: (tmp_path / "importing").exists(), "the models to be importing")
    interrupt(child)
    stderr = assert_nothing_left(child, child_tmp, tmp_path)  # the models' own process is gone too
    assert child.returncode == 130 and "interrupted" in stderr


def test_a_failing_source_leaves_nothing(tmp_path: Path, child_tmp: Path) -> None:
    (tmp_path / "bad.sql").write_text("CREATE TABLE public.t (id nosuchtype);\n")
    child = start(["snapshot", "--from", "bad.sql", "-o", "out.sql"], tmp_path, child_tmp)
    stderr = assert_nothing_left(child, child_tmp)
    assert child.returncode == 1 and 'bad.sql:1: type "nosuchtype" does not exist' in stderr


def test_the_demo_runs_end_to_end_and_leaves_nothing(tmp_path: Path, child_tmp: Path) -> None:
    child = start(["demo"], tmp_path, child_tmp)
    stdout, stderr = child.communicate(timeout=120)
    assert child.returncode == 0, stdout + stderr
    for step in ("[1/6] Build the snapshot", "[2/6]", "[3/6] Dry run", "[4/6] Apply", "[5/6] Verify",
                 "[6/6] Re-run"):
        assert step in stdout
    dry_run, applied, rerun = stdout.split("[3/6]")[1], stdout.split("[4/6]")[1], stdout.split("[6/6]")[1]
    assert "ℹ add column public.orders.status" in dry_run and "Dry run: nothing changed" in dry_run
    assert "✓ verified" in applied and "orders: 4 rows (kept)" in stdout
    assert "ℹ" not in rerun and "Summary: 0 to apply" in rerun
    assert "products.legacy_code: only in the target (left in place, never dropped)" in rerun
    assert wait_until_gone(child_tmp) == [] and list(child_tmp.iterdir()) == []
    assert list(tmp_path.iterdir()) == []  # and nothing written where it ran


def test_ctrl_c_during_the_demo_leaves_nothing(tmp_path: Path, child_tmp: Path) -> None:
    child = start(["demo"], tmp_path, child_tmp)
    assert child.stdout is not None
    for line in child.stdout:  # interrupt once "production" is up: two servers have existed by then
        if line.startswith("[3/6]"):
            break
    interrupt(child)
    stderr = assert_nothing_left(child, child_tmp)
    assert child.returncode in (0, 130), stderr
