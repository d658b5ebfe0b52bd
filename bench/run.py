"""Benchmark: pgsnapdiff on schemas of 500, 5,000 and 20,000 tables, against pg_dump and migra.

    python bench/run.py                    # sizes 500, 5000, 20000; 3 runs each (about 25 minutes)
    python bench/run.py --quick            # one small size, one run: a smoke run (under a minute)
    python bench/run.py --sizes 5000 --runs 5 --json figures.json

For each size it generates a "desired" schema and an "older" one (about 10% of tables, columns and
indexes missing; see schema_gen.py), loads both into a throwaway PostgreSQL, and times, as whole
processes (wall and CPU seconds, peak memory of the largest process):

- ``pg_dump x2``: the two ``pg_dump --schema-only`` runs, one after the other (the floor);
- ``diff``: ``pgsnapdiff diff DESIRED_URL OLDER_URL --format sql`` end to end (a dry run);
- ``offline``: the same diff between the two pg_dump files (no server involved);
- ``empty``: ``pgsnapdiff diff DESIRED_URL EMPTY_URL --format sql`` (everything to create);
- ``migra``: ``migra --unsafe OLDER_URL DESIRED_URL``, when migra is installed (``--migra PATH``, or
  on PATH, or in /tmp/venv-migra: ``python -m venv /tmp/venv-migra && /tmp/venv-migra/bin/pip install
  migra psycopg2-binary "sqlalchemy<2"``, a venv of its own since migra needs SQLAlchemy 1).

It prints medians and the ratios the targets are stated in. Timings on a shared machine are noisy:
compare medians and ratios, not single runs.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.schema_gen import generate  # noqa: E402
from pgsnapdiff.server import ThrowawayServer  # noqa: E402

SIZES = (500, 5_000, 20_000)
QUICK_SIZES = (200,)


class BenchServer(ThrowawayServer):
    """A throwaway server that can hold 20,000 tables: pg_dump locks every table it dumps in one
    transaction, more than the default lock table (64 per connection) can hold. A real server with
    that many tables needs the same setting."""

    def _initdb(self) -> None:
        super()._initdb()
        with open(self.data_dir / "postgresql.conf", "a", encoding="utf-8") as conf:
            conf.write("\nmax_locks_per_transaction = 1024\n")


@dataclass
class Run:
    wall: float
    cpu: float  # user + system, the process and the children it waited for
    peak_mib: float  # largest resident set of the process or any child it waited for
    status: int


@dataclass
class Measure:
    name: str
    runs: list[Run] = field(default_factory=list)

    def median(self, attr: str) -> float:
        return statistics.median(getattr(r, attr) for r in self.runs)


def timed(argv: list[str], *, stdout: Path | None = None, env: dict[str, str] | None = None) -> Run:
    """Run ``argv`` to completion; wall time, CPU time and peak memory from the kernel (wait4)."""
    out = open(stdout, "wb") if stdout is not None else subprocess.DEVNULL
    try:
        start = time.perf_counter()
        proc = subprocess.Popen(argv, stdout=out, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, env=env)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        stderr = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    finally:
        if stdout is not None:
            out.close()  # type: ignore[union-attr]
    if proc.returncode not in (0, 2):  # migra exits 2 when it found differences
        command = " ".join(argv[:3])
        raise SystemExit(f"bench: {command} ... exited {proc.returncode}: {stderr[-800:]}")
    return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, proc.returncode)


def psql(server: ThrowawayServer, url: str, sql_file: Path) -> None:
    argv = [str(server.binaries.path("psql")), "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", url]
    subprocess.run([*argv, "-f", str(sql_file)], check=True, stdout=subprocess.DEVNULL)
    subprocess.run([*argv, "-c", "VACUUM ANALYZE"], check=True)  # as a live database would be


def pg_dump_argv(server: ThrowawayServer, url: str) -> list[str]:
    """pg_dump as pgsnapdiff runs it (see pgsnapdiff/dump.py)."""
    return [str(server.binaries.path("pg_dump")), "--schema-only", "--encoding=UTF8", "--no-owner",
            "--no-privileges", "--lock-wait-timeout=60000", f"--dbname={url}"]


def find_migra(explicit: str | None) -> str | None:
    for candidate in (explicit, shutil.which("migra"), "/tmp/venv-migra/bin/migra"):
        if candidate and Path(candidate).is_file() and os.access(candidate, os.X_OK):
            return candidate
    return None


def migra_url(server: ThrowawayServer, dbname: str) -> str:
    """An SQLAlchemy 1 / psycopg2 URL for a database on the server's Unix socket."""
    return f"postgresql://postgres@/{dbname}?host={quote(str(server.socket_dir))}"


def bench_size(server: ThrowawayServer, n: int, runs: int, migra: str | None, work: Path) -> dict:
    desired, older = generate(n)
    for name, text in (("desired", desired), ("older", older)):
        (work / f"{name}.ddl.sql").write_text(text)
    dbs = {name: f"bench_{name}_{n}" for name in ("desired", "older", "empty")}
    urls = {name: server.create_database(db) for name, db in dbs.items()}
    started = time.perf_counter()
    for name in ("desired", "older"):
        psql(server, urls[name], work / f"{name}.ddl.sql")
    print(f"  loaded {n} tables twice in {time.perf_counter() - started:.0f}s", flush=True)
    files = {name: work / f"{name}_{n}.dump.sql" for name in ("desired", "older")}
    py = [sys.executable, "-m", "pgsnapdiff", "diff"]
    env = {**os.environ, "NO_COLOR": "1"}
    measures = {m: Measure(m) for m in ("pg_dump x2", "diff", "offline", "empty", "migra")}
    for i in range(runs):
        first = timed(pg_dump_argv(server, urls["desired"]), stdout=files["desired"])
        second = timed(pg_dump_argv(server, urls["older"]), stdout=files["older"])
        measures["pg_dump x2"].runs.append(Run(first.wall + second.wall, first.cpu + second.cpu,
                                               max(first.peak_mib, second.peak_mib), 0))
        for name, ref, target in (("diff", urls["desired"], urls["older"]),
                                  ("offline", str(files["desired"]), str(files["older"])),
                                  ("empty", urls["desired"], urls["empty"])):
            argv = [*py, ref, target, "--format", "sql"]
            measures[name].runs.append(timed(argv, stdout=work / f"{name}.sql", env=env))
        if migra:
            argv = [migra, "--unsafe", migra_url(server, dbs["older"]), migra_url(server, dbs["desired"])]
            measures["migra"].runs.append(timed(argv, stdout=work / "migra.sql"))
        print(f"  run {i + 1}/{runs} done", flush=True)
    statements = (work / "diff.sql").read_text().count("\n-- ")
    for db in dbs.values():
        with_server_drop(server, db)
    return {"tables": n, "planned_steps": statements,
            "measures": {name: [asdict(r) for r in m.runs] for name, m in measures.items() if m.runs}}


def with_server_drop(server: ThrowawayServer, dbname: str) -> None:
    subprocess.run([str(server.binaries.path("psql")), "-X", "-q", "-d", server.url(), "-c",
                    f'DROP DATABASE "{dbname}"'], check=True)


def report(results: list[dict]) -> str:
    lines = []
    for res in results:
        ms = {name: Measure(name, [Run(**r) for r in runs]) for name, runs in res["measures"].items()}
        lines.append(f"\n{res['tables']} tables ({res['planned_steps']} planned steps), medians of "
                     f"{len(ms['diff'].runs)} run(s):")
        lines.append(f"  {'':12} {'wall s':>8} {'cpu s':>8} {'peak MiB':>9}")
        for name, m in ms.items():
            wall, cpu, peak = m.median("wall"), m.median("cpu"), m.median("peak_mib")
            lines.append(f"  {name:12} {wall:8.2f} {cpu:8.2f} {peak:9.0f}")
        dumps, diff = ms["pg_dump x2"].median("wall"), ms["diff"].median("wall")
        lines.append(f"  diff / pg_dump x2 = {diff / dumps:.2f}   (target <= 1.25)")
        if "migra" in ms:
            lines.append(f"  migra / diff = {ms['migra'].median('wall') / diff:.1f}   (target >= 5)")
        lines.append(f"  offline = {ms['offline'].median('wall'):.2f}s (target < 1 at 5,000 tables), "
                     f"empty target = {ms['empty'].median('wall'):.2f}s (target < 4 at 5,000 tables)")
    if len(results) > 1:
        lines.append("\ngrowth (time per table, relative to the smallest size; 1.0 = linear):")
        base = results[0]
        for name in ("pg_dump x2", "diff", "offline", "empty", "migra"):
            if name not in base["measures"]:
                continue
            per = [statistics.median(r["wall"] for r in res["measures"][name]) / res["tables"]
                   for res in results]
            lines.append(f"  {name:12} " + "  ".join(f"{res['tables']}: {p / per[0]:.2f}"
                                                       for res, p in zip(results, per, strict=True)))
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", help="comma-separated numbers of tables (default 500,5000,20000)")
    parser.add_argument("--runs", type=int, help="runs per measurement (default 3; 1 with --quick)")
    parser.add_argument("--quick", action="store_true", help="one small size, one run: a smoke run")
    parser.add_argument("--migra", help="path to the migra command (default: PATH, then /tmp/venv-migra)")
    parser.add_argument("--json", help="also write the raw figures to this file")
    args = parser.parse_args()
    default = QUICK_SIZES if args.quick else SIZES
    sizes = [int(s) for s in args.sizes.split(",")] if args.sizes else list(default)
    runs = args.runs or (1 if args.quick else 3)
    migra = find_migra(args.migra)
    print(f"bench: sizes {sizes}, {runs} run(s) each, migra: {migra or 'not installed'}", flush=True)
    results = []
    with tempfile.TemporaryDirectory(prefix="pgsnapdiff-bench-") as tmp, BenchServer() as server:
        print(f"bench: PostgreSQL {server.binaries.version} in {server.socket_dir}", flush=True)
        for n in sizes:
            print(f"bench: {n} tables", flush=True)
            results.append(bench_size(server, n, runs, migra, Path(tmp)))
    print(report(results))
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()
