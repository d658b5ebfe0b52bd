"""Snapshots from SQLAlchemy models and Alembic histories; the example project stays current; doctor."""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

import pytest

from tests.dbkit import run_cli

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "examples" / "shop"
pytest.importorskip("sqlalchemy", reason="the `test` extra installs SQLAlchemy")


def body(text: str) -> str:
    return text.split("\n\n", 1)[1]


@pytest.fixture
def shop(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the example project, as the current directory."""
    project = tmp_path / "shop"
    shutil.copytree(EXAMPLE, project, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.chdir(project)
    return project


def test_the_committed_example_snapshot_is_current(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(EXAMPLE)
    result = run_cli("snapshot", "--check")
    assert result.exit_code == 0, result.stdout + result.stderr


def test_the_demo_sql_is_the_example_models(tmp_path: Path) -> None:
    out = tmp_path / "demo.sql"
    models_sql = REPO / "pgsnapdiff" / "demo_data" / "models.sql"
    result = run_cli("snapshot", "--from", str(models_sql), "-o", str(out))
    assert result.exit_code == 0, result.stderr
    assert body(out.read_text()) == body((EXAMPLE / "snapshots" / "schema.sql").read_text())


def test_check_fails_after_a_model_change_and_passes_after_a_new_snapshot(shop: Path) -> None:
    models = shop / "shop" / "models.py"
    models.write_text(models.read_text().replace(
        "    name: Mapped[str | None] = mapped_column(Text)\n",
        "    name: Mapped[str | None] = mapped_column(Text)\n"
        "    phone: Mapped[str | None] = mapped_column(String(40))\n"))
    stale = run_cli("snapshot", "--check")
    assert stale.exit_code == 1
    assert "+  phone varchar(40),\n" in stale.stdout and stale.stdout.count("\n+ ") == 1  # one line
    assert run_cli("snapshot").exit_code == 0
    assert run_cli("snapshot", "--check").exit_code == 0


def test_models_that_do_not_import_are_one_line_errors(shop: Path) -> None:
    missing = run_cli("snapshot", "--from", "sqlalchemy:shop.nomodels:Base", "-o", "x.sql")
    assert missing.exit_code == 1
    assert missing.stderr.startswith("pgsnapdiff: error: sqlalchemy:shop.nomodels:Base: cannot import")
    assert len(missing.stderr.strip().splitlines()) == 1
    (shop / "shop" / "broken.py").write_text("raise RuntimeError('boom at import')\n")
    broken = run_cli("snapshot", "--from", "sqlalchemy:shop.broken:Base", "-o", "x.sql")
    assert broken.exit_code == 1 and "RuntimeError: boom at import" in broken.stderr
    wrong = run_cli("snapshot", "--from", "sqlalchemy:shop.models:OrderStatus", "-o", "x.sql")
    assert wrong.exit_code == 1 and "not a SQLAlchemy MetaData or declarative Base" in wrong.stderr


ALEMBIC_INI = """\
[alembic]
script_location = %(here)s/migrations
"""
ENV_PY = """\
from alembic import context
from sqlalchemy import create_engine

engine = create_engine(context.config.get_main_option("sqlalchemy.url"))
with engine.connect() as connection:
    context.configure(connection=connection)
    with context.begin_transaction():
        context.run_migrations()
"""
REVISION = """\
import sqlalchemy as sa
from alembic import op

revision = {rev!r}
down_revision = {down!r}
branch_labels = None
depends_on = None


def upgrade():
{body}


def downgrade():
    pass
"""


def test_alembic_history_is_run_to_head(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("alembic")
    (tmp_path / "alembic.ini").write_text(ALEMBIC_INI)
    versions = tmp_path / "migrations" / "versions"
    versions.mkdir(parents=True)
    (tmp_path / "migrations" / "env.py").write_text(ENV_PY)
    (versions / "0001_widgets.py").write_text(REVISION.format(rev="0001", down=None, body=textwrap.indent(
        'op.create_table("widgets", sa.Column("id", sa.Integer, primary_key=True))', "    ")))
    (versions / "0002_name.py").write_text(REVISION.format(rev="0002", down="0001", body=textwrap.indent(
        'op.add_column("widgets", sa.Column("name", sa.Text, nullable=False))', "    ")))
    monkeypatch.chdir(tmp_path)
    result = run_cli("snapshot", "--from", "alembic:alembic.ini", "-o", "s.sql")
    assert result.exit_code == 0, result.stderr
    text = (tmp_path / "s.sql").read_text()
    assert "CREATE TABLE public.widgets (\n  id integer NOT NULL,\n  name text NOT NULL\n);" in text
    assert "CREATE TABLE public.alembic_version" in text and "-- Source: alembic:alembic.ini\n" in text

    (versions / "0003_bad.py").write_text(REVISION.format(rev="0003", down="0002", body=textwrap.indent(
        'op.execute("ALTER TABLE widgets ADD COLUMN x nosuchtype")', "    ")))
    failed = run_cli("snapshot", "--from", "alembic:alembic.ini", "-o", "s.sql")
    assert failed.exit_code == 1 and 'type "nosuchtype" does not exist' in failed.stderr


def test_doctor_checks_everything_and_says_how_to_fix(shop: Path, fresh_db: str,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATABASE_URL", fresh_db)
    good = run_cli("doctor")
    assert good.exit_code == 0, good.stdout
    checks = [ln for ln in good.stdout.splitlines() if not ln.startswith(" ")]
    assert all(ln.startswith("✓ ") for ln in checks), good.stdout
    assert {ln.split(":")[0] for ln in checks} >= {"✓ configuration", "✓ server binaries", "✓ pg_dump",
                                                   "✓ models", "✓ snapshot", "✓ target prod"}

    monkeypatch.delenv("DATABASE_URL")
    (shop / "snapshots" / "schema.sql").write_text("-- pgsnapdiff snapshot (pgsnapdiff 0.1.0)\n")
    bad = run_cli("doctor")
    assert bad.exit_code == 1
    assert "✗ snapshot:" in bad.stdout and "fix: run `pgsnapdiff snapshot`" in bad.stdout
    assert "✗ target prod:" in bad.stdout and "$DATABASE_URL, which is not set" in bad.stdout
