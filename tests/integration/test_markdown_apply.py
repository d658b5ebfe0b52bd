"""``--format markdown`` after ``--apply`` on a real server: what was applied, what was held back by
existing rows, and whether the target converged, as a release job would post it."""

from __future__ import annotations

from tests.casekit import CASES_DIR
from tests.dbkit import execute, run_cli


def test_applied_held_back_and_verified(pg_server) -> None:
    case = CASES_DIR / "not_null_backfill"
    reference = pg_server.create_database()
    execute(reference, (case / "desired.sql").read_text())
    target = pg_server.create_database()
    execute(target, (case / "current.sql").read_text() + (case / "data.sql").read_text())

    result = run_cli("diff", reference, target, "--apply", "--format", "markdown")
    assert result.exit_code == 0, result.stderr
    md = result.stdout
    assert "**Applied** " in md and "in one transaction" in md
    assert "Verified: 2 additive step(s) still pending (held back, see the warnings)." in md
    held = [line for line in md.splitlines() if line.startswith("- held back: ")]
    assert any("NOT NULL on public.accounts.nickname" in line for line in held), md
    assert any("NOT NULL on public.accounts.plan" in line for line in held), md
    assert "Dry run" not in md

    again = run_cli("diff", reference, target, "--format", "markdown").stdout
    assert "| 2 | 0 |" in again  # the two held-back NOT NULLs are still planned, nothing needs a person
