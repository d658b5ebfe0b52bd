"""[tool.pgsnapdiff] in pyproject.toml, and --from / source specs: validation without a server."""

from __future__ import annotations

from pathlib import Path

import pytest

from pgsnapdiff.config import DEFAULT_SNAPSHOT, load_config
from pgsnapdiff.errors import ConfigError, SourceError
from pgsnapdiff.reference import parse_source


def write(directory: Path, body: str) -> Path:
    (directory / "pyproject.toml").write_text("[project]\nname = 'app'\n\n" + body)
    return directory


def test_the_nearest_pyproject_is_used_and_paths_are_relative_to_it(tmp_path: Path) -> None:
    write(tmp_path, '[tool.pgsnapdiff]\nsource = "sqlalchemy:app.models:Base"\nsnapshot = "db/schema.sql"\n'
                    'extensions = ["citext"]\n[tool.pgsnapdiff.targets]\nprod = "$DATABASE_URL"\n'
                    'staging = "${STAGING_URL}"\n')
    (tmp_path / "sub" / "dir").mkdir(parents=True)
    config = load_config(tmp_path / "sub" / "dir")
    assert config.found and config.root == tmp_path.resolve()
    assert config.source == ("sqlalchemy:app.models:Base",) and config.extensions == ("citext",)
    assert config.snapshot_path() == tmp_path.resolve() / "db" / "schema.sql"
    assert config.targets == {"prod": "DATABASE_URL", "staging": "STAGING_URL"}


def test_defaults_without_a_table(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, ""))
    assert not config.found and config.snapshot == DEFAULT_SNAPSHOT and config.source == ()


def test_an_unknown_key_is_an_error_naming_it(tmp_path: Path) -> None:
    write(tmp_path, '[tool.pgsnapdiff]\nsource = "s.sql"\nsnapshots = "x.sql"\n')
    with pytest.raises(ConfigError, match="unknown key 'snapshots'"):
        load_config(tmp_path)


@pytest.mark.parametrize("value", ['"postgresql://app:secret@db/prod"', '"prod-db"', "5"])
def test_targets_must_name_an_environment_variable(tmp_path: Path, value: str) -> None:
    write(tmp_path, f"[tool.pgsnapdiff.targets]\nprod = {value}\n")
    with pytest.raises(ConfigError, match="targets.prod: give an environment variable") as info:
        load_config(tmp_path)
    assert "secret" not in str(info.value)


def test_a_target_reads_its_variable_when_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = load_config(write(tmp_path, '[tool.pgsnapdiff.targets]\nprod = "$PGSNAPDIFF_TEST_URL"\n'))
    monkeypatch.delenv("PGSNAPDIFF_TEST_URL", raising=False)
    with pytest.raises(ConfigError, match=r"target 'prod' .* reads \$PGSNAPDIFF_TEST_URL, which is not set"):
        config.resolve_target("prod")
    monkeypatch.setenv("PGSNAPDIFF_TEST_URL", "postgresql://app@db/prod")
    assert config.resolve_target("prod") == "postgresql://app@db/prod"


def test_a_source_url_with_a_password_is_refused(tmp_path: Path) -> None:
    write(tmp_path, '[tool.pgsnapdiff]\nsource = "postgresql://app:pw@db/staging"\n')
    with pytest.raises(ConfigError, match="a URL with a password"):
        load_config(tmp_path)


def test_invalid_toml_names_the_file(tmp_path: Path) -> None:
    write(tmp_path, "[tool.pgsnapdiff\n")
    with pytest.raises(ConfigError, match="pyproject.toml: not valid TOML"):
        load_config(tmp_path)


def test_source_kinds(tmp_path: Path) -> None:
    (tmp_path / "sql").mkdir()
    for name in ("20_tables.sql", "10_types.sql", "notes.txt"):
        (tmp_path / "sql" / name).write_text("SELECT 1;")
    (tmp_path / "extra.sql").write_text("SELECT 1;")
    (tmp_path / "alembic.ini").write_text("[alembic]\n")
    sql = parse_source(["sql", "extra.sql"], root=tmp_path)
    assert sql.kind == "sql" and sql.label == "sql, extra.sql"
    assert [p.name for p in sql.paths] == ["10_types.sql", "20_tables.sql", "extra.sql"]
    models = parse_source(["sqlalchemy:app.models:Base"], root=tmp_path)
    assert (models.kind, models.target, models.label) == ("sqlalchemy", "app.models:Base",
                                                         "sqlalchemy:app.models:Base")
    assert parse_source(["alembic:alembic.ini"], root=tmp_path).paths == (tmp_path / "alembic.ini",)
    url = parse_source(["postgresql://app:pw@staging.internal/app"], root=tmp_path)
    assert url.kind == "database" and "staging" not in url.label and "pw" not in url.label
    assert parse_source(["$STAGING_URL"], root=tmp_path).label == "the database in $STAGING_URL"


@pytest.mark.parametrize(("specs", "error", "message"), [
    ([], ConfigError, "no source"),
    (["missing.sql"], SourceError, "missing.sql: no such file or directory"),
    (["sqlalchemy:app.models"], ConfigError, "expected sqlalchemy:package.module:attr"),
    (["alembic:nowhere.ini"], SourceError, "no such file"),
    (["sqlalchemy:a:B", "x.sql"], ConfigError, "stands alone"),
])
def test_bad_sources(tmp_path: Path, specs: list[str], error: type, message: str) -> None:
    with pytest.raises(error, match=message):
        parse_source(specs, root=tmp_path)
