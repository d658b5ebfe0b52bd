"""Real applications' release histories (tests/apps/README.md): an older release's schema in the
target, a newer release's as the reference. pgsnapdiff must apply what is additive, report the rest
(exit 0 or 4, never an error), converge (a re-diff plans only steps held back by a warning) and be
idempotent (a second apply ends the same way)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.dbkit import execute, run_cli

APPS = Path(__file__).parent.parent / "apps"


def _version(path: Path) -> tuple[int, ...]:
    return tuple(int(part) for part in path.stem.split("."))


def _pairs() -> list[tuple[str, Path, Path]]:
    pairs = []
    for app in sorted(p for p in APPS.iterdir() if p.is_dir()):
        releases = sorted(app.glob("*.sql"), key=_version)
        steps = list(zip(releases, releases[1:], strict=False)) + [(releases[0], releases[-1])]
        pairs += [(app.name, old, new) for old, new in steps]
    assert len(pairs) >= 26, pairs
    return pairs


PAIRS = _pairs()

# What a person must see for a pair, besides the usual non-additive reports.
EXPECTED = {
    ("graphile-worker", "0.11.4", "0.16.6"): "its name is taken by",  # a renamed table kept its key's name
    ("graphile-worker", "0.1.0", "0.18.0"): "its name is taken by",  # a table became a view
    ("pg-boss", "10.1.6", "12.38.0"): "held back: partition",  # the job table became partitioned
    ("wagtail", "2.16.3", "4.2.4"): "the table has the same key as",  # a renamed table kept its key's name
    ("mlflow", "2.9.2", "3.17.2"): "held back: foreign key constraint",  # its key gained a column
}


@pytest.fixture(params=["pg_server", "pg17_server", "pg15_server"], ids=["embedded18", "npm17", "system15"])
def server(request):
    return request.getfixturevalue(request.param)


@pytest.mark.parametrize(("app", "old", "new"), PAIRS, ids=[f"{a}:{o.stem}->{n.stem}" for a, o, n in PAIRS])
def test_an_older_release_is_brought_to_a_newer_one(server, app: str, old: Path, new: Path) -> None:
    target = server.create_database()
    execute(target, old.read_text())
    reference = server.create_database()
    execute(reference, new.read_text())
    first = run_cli("diff", reference, target, "--apply", "--exit-code", "--no-color")
    assert first.exit_code in (0, 4), first.stdout + first.stderr
    if (wanted := EXPECTED.get((app, old.stem, new.stem))) is not None:
        assert wanted in first.stdout + first.stderr
    report = json.loads(run_cli("diff", reference, target, "--format", "json").stdout)
    assert all(step["may_hold_back"] for step in report["steps"]), report["steps"]
    second = run_cli("diff", reference, target, "--apply", "--exit-code", "--no-color")
    assert second.exit_code == first.exit_code, second.stdout + second.stderr


NEWEST = [max(app.glob("*.sql"), key=_version) for app in sorted(p for p in APPS.iterdir() if p.is_dir())]


@pytest.mark.parametrize("release", NEWEST, ids=[f"{r.parent.name}:{r.stem}" for r in NEWEST])
def test_the_newest_release_is_installed_on_an_empty_database(server, release: Path) -> None:
    """A fresh install: everything to create, and nothing left to report afterwards."""
    reference = server.create_database()
    execute(reference, release.read_text())
    target = server.create_database()
    first = run_cli("diff", reference, target, "--apply", "--exit-code", "--no-color")
    assert first.exit_code == 0, first.stdout + first.stderr
    assert run_cli("diff", reference, target, "--exit-code").exit_code == 0
