"""--online: indexes on existing tables are built CONCURRENTLY after the transaction, constraints
are validated in short transactions after it, and an index left INVALID by an interrupted build is
rebuilt by the next run. Real servers, rows in the tables, a writer running during the apply."""

from __future__ import annotations

import subprocess
import sys
import threading
import time

import psycopg
import pytest

from tests.dbkit import execute, run_cli

REFERENCE = """
CREATE TABLE public.other (id integer NOT NULL);
ALTER TABLE ONLY public.other ADD CONSTRAINT other_pkey PRIMARY KEY (id);
CREATE TABLE public.big (id bigint NOT NULL, email text, ref integer, qty integer);
ALTER TABLE ONLY public.big ADD CONSTRAINT big_pkey PRIMARY KEY (id);
ALTER TABLE ONLY public.big ADD CONSTRAINT big_qty_check CHECK (qty >= 0);
CREATE INDEX big_email_idx ON public.big USING btree (email);
ALTER TABLE ONLY public.big ADD CONSTRAINT big_ref_fkey FOREIGN KEY (ref) REFERENCES public.other(id);
"""
TARGET = """
CREATE TABLE public.other (id integer NOT NULL);
ALTER TABLE ONLY public.other ADD CONSTRAINT other_pkey PRIMARY KEY (id);
INSERT INTO public.other VALUES (1);
CREATE TABLE public.big (id bigint NOT NULL, email text, ref integer, qty integer);
ALTER TABLE ONLY public.big ADD CONSTRAINT big_pkey PRIMARY KEY (id);
"""


def _populate(url: str, rows: int) -> None:
    execute(url, f"INSERT INTO public.big SELECT g, md5(g::text) || md5((g * 7)::text), 1, g % 100"
                 f" FROM generate_series(1, {rows}) AS g; ANALYZE public.big;")


class Writer(threading.Thread):
    """Inserts rows one by one, as an application would, and records the longest wait for one."""

    def __init__(self, url: str) -> None:
        super().__init__(daemon=True)
        self.url = url
        self.stop = threading.Event()
        self.longest = 0.0
        self.count = 0

    def run(self) -> None:
        with psycopg.connect(self.url, autocommit=True) as conn:
            next_id = 10_000_000
            while not self.stop.is_set():
                start = time.monotonic()
                conn.execute("INSERT INTO public.big VALUES (%s, 'w', 1, 1)", (next_id,))
                self.longest = max(self.longest, time.monotonic() - start)
                self.count += 1
                next_id += 1
                time.sleep(0.01)


def _apply_with_writer(reference: str, target: str, *flags: str) -> tuple[float, int]:
    writer = Writer(target)
    writer.start()
    time.sleep(0.3)
    try:
        result = run_cli("diff", reference, target, "--apply", "--exit-code", "--lock-timeout", "30", *flags)
    finally:
        writer.stop.set()
        writer.join(timeout=30)
    assert result.exit_code == 0, result.stdout + result.stderr
    return writer.longest, writer.count


@pytest.mark.slow
def test_online_apply_keeps_a_million_row_table_writable(pg_server, capsys) -> None:
    reference = pg_server.create_database()
    execute(reference, REFERENCE)
    stalls = {}
    for mode, flags in (("plain", ()), ("online", ("--online",))):
        target = pg_server.create_database()
        execute(target, TARGET)
        _populate(target, 1_000_000)
        stalls[mode] = _apply_with_writer(reference, target, *flags)
        assert run_cli("diff", reference, target, "--exit-code").exit_code == 0
    with capsys.disabled():
        print(f"\nlongest writer stall: plain {stalls['plain'][0]:.3f}s ({stalls['plain'][1]} inserts), "
              f"online {stalls['online'][0]:.3f}s ({stalls['online'][1]} inserts)")
    # Relative, not absolute: online, the writer never waits for the length of the index build.
    assert stalls["online"][0] < stalls["plain"][0] / 2


def _building_pid(url: str, timeout: float = 60) -> int:
    deadline = time.monotonic() + timeout
    with psycopg.connect(url, autocommit=True) as conn:
        while time.monotonic() < deadline:
            row = conn.execute("SELECT pid FROM pg_stat_progress_create_index").fetchone()
            if row:
                return row[0]
            time.sleep(0.02)
    raise AssertionError("no index build seen")


def test_interrupted_concurrent_build_is_reported_then_rebuilt(pg_server) -> None:
    reference = pg_server.create_database()
    execute(reference, REFERENCE)
    target = pg_server.create_database()
    execute(target, TARGET)
    _populate(target, 300_000)
    proc = subprocess.Popen([sys.executable, "-m", "pgsnapdiff", "diff", reference, target, "--apply",
                             "--online"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    pid = _building_pid(target)
    proc.kill()  # SIGKILL the deploy, and its session with it, mid-build
    proc.wait(timeout=30)
    with psycopg.connect(pg_server.url(), autocommit=True) as conn:
        conn.execute("SELECT pg_terminate_backend(%s)", (pid,))
    with psycopg.connect(target, autocommit=True) as conn:
        deadline = time.monotonic() + 10
        while conn.execute("SELECT count(*) FROM pg_stat_activity WHERE pid = %s", (pid,)).fetchone()[0]:
            assert time.monotonic() < deadline
            time.sleep(0.05)
        valid = conn.execute("SELECT indisvalid FROM pg_index WHERE indexrelid = 'public.big_email_idx'"
                             "::regclass").fetchone()
    assert valid == (False,)  # the interrupted build left an INVALID index behind
    plain = run_cli("diff", reference, target, "--apply", "--exit-code")
    assert plain.exit_code == 4  # without --online it is reported, not rebuilt
    assert "INVALID" in plain.stdout and "--online" in plain.stdout
    online = run_cli("diff", reference, target, "--apply", "--online", "--exit-code")
    assert online.exit_code == 0, online.stdout + online.stderr
    assert "is INVALID (an interrupted build): dropping and rebuilding it" in online.stderr
    assert "building index public.big_email_idx concurrently" in online.stderr  # progress, not a TTY
    assert "built index public.big_email_idx in" in online.stderr
    with psycopg.connect(target, autocommit=True) as conn:
        assert conn.execute("SELECT indisvalid FROM pg_index WHERE indexrelid = 'public.big_email_idx'"
                            "::regclass").fetchone() == (True,)


EVENTS = """
CREATE TABLE public.events (id bigint NOT NULL, at date NOT NULL, kind text) PARTITION BY RANGE (at);
CREATE TABLE public.events_2025 PARTITION OF public.events
    FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE public.events_2026 PARTITION OF public.events
    FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
"""


def test_partitioned_parent_gains_an_index_online(pg_server) -> None:
    reference = pg_server.create_database()
    execute(reference, EVENTS + "CREATE INDEX events_kind_idx ON public.events (kind);")
    target = pg_server.create_database()
    execute(target, EVENTS + "INSERT INTO public.events SELECT g, date '2025-06-01' + (g % 400), 'k' || g % 7"
                             " FROM generate_series(1, 20000) AS g;")
    script = run_cli("diff", reference, target, "--online", "--format", "sql").stdout
    assert "CREATE INDEX CONCURRENTLY IF NOT EXISTS" in script  # the partitions
    result = run_cli("diff", reference, target, "--apply", "--online", "--exit-code")
    assert result.exit_code == 0, result.stdout + result.stderr
    with psycopg.connect(target, autocommit=True) as conn:
        rows = conn.execute("SELECT c.relname, i.indisvalid FROM pg_index AS i JOIN pg_class AS c"
                            " ON c.oid = i.indexrelid WHERE c.relname LIKE 'events%%kind%%'"
                            " ORDER BY 1").fetchall()
    assert len(rows) == 3 and all(valid for _, valid in rows), rows  # parent + 2 partitions, attached
    assert run_cli("diff", reference, target, "--exit-code").exit_code == 0
