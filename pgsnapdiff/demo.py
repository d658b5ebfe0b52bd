"""``pgsnapdiff demo``: the whole job, end to end, on throwaway servers, for a newcomer.

Why it ships its own data (pgsnapdiff/demo_data): it must run right after ``pip install`` with
nothing else on the machine, so it cannot import the example's SQLAlchemy models. models.sql is
those models written as SQL (a test proves they give the same snapshot), release1.sql and its
rows are the "production" the deploy meets. Every step calls the same code as the real commands.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from importlib import resources
from pathlib import Path

import click
from psycopg import sql

from .binaries import find_binaries
from .conn import ConnInfo
from .reference import Source
from .render import Report, TextRenderer
from .server import ThrowawayServer
from .snapshot import build_snapshot
from .sync import apply_and_verify, compare

Echo = Callable[[str], None]
EXCERPT_LINES = 14


def demo_file(name: str) -> str:
    return (resources.files("pgsnapdiff") / "demo_data" / name).read_text(encoding="utf-8")


def run_demo(*, pg_bin: str | None, color: bool, echo: Echo) -> None:
    def step(number: int, title: str) -> None:
        echo("")
        echo(click.style(f"[{number}/6] {title}", bold=True) if color else f"[{number}/6] {title}")

    renderer = TextRenderer(color=color, verbose=False)
    binaries = find_binaries(pg_bin)
    echo(f"pgsnapdiff demo: {binaries}; every server below is throwaway and removed at the end.")
    with tempfile.TemporaryDirectory(prefix="pgsnapdiff-demo-") as tmp:
        snap = Path(tmp) / "snapshots" / "schema.sql"
        step(1, "Build the snapshot from the models (examples/shop, release 2)")
        models = Path(tmp) / "models.sql"
        models.write_text(demo_file("models.sql"), encoding="utf-8")
        source = Source("sql", "shop models, release 2 (pgsnapdiff/demo_data/models.sql)", Path(tmp),
                        paths=(models,))
        text = build_snapshot(source, pg_bin=pg_bin)
        snap.parent.mkdir()
        snap.write_text(text, encoding="utf-8")
        lines = text.splitlines()
        echo(f"$ pgsnapdiff snapshot   → snapshots/schema.sql, {text.count(';' + chr(10))} statements; "
             f"it begins:")
        for line in lines[:EXCERPT_LINES]:
            echo(f"    {line}")
        echo(f"    … ({len(lines) - EXCERPT_LINES} more lines; commit it, review it like code)")

        with ThrowawayServer(binaries) as server:
            step(2, 'Start a throwaway "production" at release 1, holding rows')
            prod = server.create_database("production")
            _run(prod, demo_file("release1.sql") + demo_file("release1_rows.sql"))
            before = _row_counts(prod)
            echo("    " + ", ".join(f"{t}: {n} rows" for t, n in before.items()))

            step(3, "Dry run: what would change (nothing is touched)")
            echo("$ pgsnapdiff diff snapshots/schema.sql $DATABASE_URL")
            comparison = compare(str(snap), prod, pg_bin=pg_bin)
            echo(renderer.render(_report(comparison)))

            step(4, "Apply: one transaction, then re-dump and re-diff to verify")
            echo("$ pgsnapdiff diff snapshots/schema.sql $DATABASE_URL --apply")
            report = _report(comparison)
            apply_and_verify(comparison, report, lock_timeout=5.0, pg_bin=pg_bin,
                             progress=lambda msg: echo(f"    {msg}"))
            echo(renderer.render(report))

            step(5, "Verify: every row is still there")
            after = _row_counts(prod)
            for table, count in after.items():
                was = before.get(table)
                note = "new table" if was is None else "kept" if was == count else f"WAS {was}"
                echo(f"    {table}: {count} rows ({note})")
            if any(after.get(t) != n for t, n in before.items()):
                raise click.ClickException("rows were lost: this is a bug, please report it")

            step(6, "Re-run on the next deploy: nothing left to do")
            echo("$ pgsnapdiff diff snapshots/schema.sql $DATABASE_URL --apply")
            again = compare(str(snap), prod, pg_bin=pg_bin)
            report = _report(again)
            if not again.plan.empty:
                raise click.ClickException("the re-run still has steps: this is a bug, please report it")
            apply_and_verify(again, report, lock_timeout=5.0, pg_bin=pg_bin)
            echo(renderer.render(report))
    echo("")
    echo("Done; the servers and files above are gone. In your project: add [tool.pgsnapdiff] to "
         "pyproject.toml (see examples/shop), run `pgsnapdiff snapshot`, commit snapshots/schema.sql, "
         "and run `pgsnapdiff diff snapshots/schema.sql prod --apply` on deploy.")


def _report(comparison) -> Report:
    return Report("snapshots/schema.sql", "production (release 1)", comparison.result, comparison.plan)


def _run(url: str, text: str) -> None:
    with ConnInfo.parse(url).connect() as conn:
        conn.execute(text.encode())


def _row_counts(url: str) -> dict[str, int]:
    with ConnInfo.parse(url).connect(autocommit=True) as conn:
        tables = [r[0] for r in conn.execute(
            "SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = 'public' ORDER BY 1")]
        return {t: conn.execute(sql.SQL("SELECT count(*) FROM public.{}").format(sql.Identifier(t))
                                ).fetchone()[0] for t in tables}

