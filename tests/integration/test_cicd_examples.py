"""README's CI/CD examples, run for real: the GitHub Actions workflow's pgsnapdiff steps, the
Procfile release line and the pre-commit hook, in a copy of examples/shop against real databases.

The commands are read from README.md itself, so the documentation cannot drift from what works.
Steps that are not pgsnapdiff (checkout, pip, the comment action) are GitHub's business.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.dbkit import execute, kept, rows_of_all_tables
from tests.unit.test_cli_help import check_command_line

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def section(title: str) -> str:
    start = README.index(f"\n### {title}\n")
    end = README.find("\n## ", start + 1)
    nxt = README.find("\n### ", start + 1)
    return README[start:min(i for i in (end, nxt) if i != -1)]


def code_blocks(text: str, lang: str) -> list[str]:
    return re.findall(rf"^```{lang}\n(.*?)^```$", text, flags=re.S | re.M)


def workflow_runs() -> list[tuple[str, str]]:
    """(job, run command) for every `run:` step of the README's workflow, in order."""
    (workflow,) = code_blocks(section("GitHub Actions"), "yaml")
    runs, job = [], None
    for line in workflow.splitlines():
        if m := re.match(r"^  ([\w-]+):$", line):
            job = m.group(1)
        elif m := re.match(r"^\s+(?:- )?run: (.+)$", line):
            runs.append((job, m.group(1).split("  #")[0].strip()))
    return runs


@pytest.fixture
def project(tmp_path: Path) -> Path:
    dest = tmp_path / "shop"
    shutil.copytree(ROOT / "examples" / "shop", dest, ignore=shutil.ignore_patterns("__pycache__"))
    return dest


def shell(command: str, cwd: Path, **env: str) -> subprocess.CompletedProcess:
    """Run a documented command line with bash, the venv's pgsnapdiff first on PATH."""
    full_env = {**os.environ, **env, "PATH": f"{Path(sys.executable).parent}:{os.environ['PATH']}",
                "NO_COLOR": "1"}
    return subprocess.run(["bash", "-c", command], cwd=cwd, env=full_env, capture_output=True, text=True,
                          timeout=180)


def test_the_workflow_checks_comments_and_applies(project: Path, pg_server) -> None:
    runs = [(job, cmd) for job, cmd in workflow_runs() if cmd.startswith("pgsnapdiff")]
    assert [job for job, _ in runs] == ["check", "dry-run", "apply"]
    for _, cmd in runs:
        check_command_line(cmd.split(">")[0])
    staging = pg_server.create_database()
    execute(staging, "CREATE TABLE public.customers (id integer PRIMARY KEY, email text NOT NULL);"
                     "INSERT INTO public.customers VALUES (1, 'a@example.com');")
    (_, check), (_, dry_run), (_, apply) = runs
    assert check == "pgsnapdiff snapshot --check"  # run by the pre-commit test below

    done = shell(dry_run, project, DATABASE_URL=staging)
    assert done.returncode == 0, done.stderr
    comment = (project / "plan.md").read_text()
    assert comment.startswith("<!-- pgsnapdiff report -->") and "**Dry run:**" in comment
    assert "```sql" in comment

    before = rows_of_all_tables(staging)
    done = shell(apply, project, DATABASE_URL=staging)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "verified: the target now has everything the reference adds" in done.stdout
    assert kept(before, rows_of_all_tables(staging))  # the row is still there (with new columns)

    done = shell(dry_run, project, DATABASE_URL=staging)
    assert "**Nothing to apply:**" in (project / "plan.md").read_text()


def test_the_procfile_release_line_syncs_and_a_second_run_does_nothing(project: Path, fresh_db) -> None:
    (procfile,) = code_blocks(section("A release phase (Procfile)"), "")
    assert procfile.startswith("release: ")
    command = procfile.removeprefix("release: ").strip()
    check_command_line(command)
    first = shell(command, project, DATABASE_URL=fresh_db)
    assert first.returncode == 0, first.stdout + first.stderr
    second = shell(command, project, DATABASE_URL=fresh_db)
    assert second.returncode == 0, second.stdout + second.stderr
    assert "0 to apply" in second.stdout


def test_the_pre_commit_hook_passes_when_current_and_fails_when_stale(project: Path) -> None:
    (config,) = code_blocks(section("pre-commit"), "yaml")
    entry = re.search(r"entry: (.+)", config).group(1).strip()
    files = re.compile(re.search(r"files: (.+)", config).group(1).strip())
    assert entry == "pgsnapdiff snapshot --check"
    for path in ("shop/models.py", "snapshots/schema.sql", "pyproject.toml"):
        assert files.search(path), path
        assert (project / path).exists(), path
    assert "pass_filenames: false" in config  # the hook checks the whole schema, not the changed files
    done = shell(entry, project)
    assert done.returncode == 0, done.stdout + done.stderr
    models = project / "shop" / "models.py"
    models.write_text(models.read_text() + "\n\nclass Coupon(Base):\n    __tablename__ = 'coupons'\n"
                      "    id: Mapped[int] = mapped_column(primary_key=True)\n")
    done = shell(entry, project)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "+CREATE TABLE public.coupons" in done.stdout
