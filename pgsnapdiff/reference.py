"""Reference sources: what "the schema the code wants" is built from, and building it.

- ``.sql`` files, or a directory of them (sorted by name), run in ONE transaction in order: the
  first error stops everything and names the file and line;
- ``sqlalchemy:package.module:attr``: ``metadata.create_all`` on the throwaway database;
- ``alembic:path/to/alembic.ini``: ``alembic upgrade head`` on it (the history must still reach
  the models: that is the point of keeping it);
- a PostgreSQL URL, or ``$ENV_VAR`` holding one: dumped as it is, no build at all.

Everything but a URL is built on a throwaway server (``server.ThrowawayServer``), after creating
the extensions the configuration lists, then dumped with pg_dump like any database.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import LiteralString, cast

import psycopg
from psycopg import sql

from .config import env_reference
from .conn import ConnInfo, is_url
from .dump import Dump, dump_schema
from .errors import ConfigError, SourceError

log = logging.getLogger("pgsnapdiff.reference")

SQLALCHEMY = "sqlalchemy:"
ALEMBIC = "alembic:"
BUILD_TIMEOUT = 600


@dataclass(frozen=True)
class Source:
    """A parsed ``--from``/``source``. ``label`` is what the snapshot header shows: as written,
    relative to the project root, never a host name or a password."""

    kind: str  # "sql", "sqlalchemy", "alembic", "database"
    label: str
    root: Path  # project root: import path for models, base for relative paths
    paths: tuple[Path, ...] = ()  # sql files (in order), or the alembic.ini
    target: str = ""  # module:attr for sqlalchemy; the URL (or $VAR) for a database

    @property
    def needs_server(self) -> bool:
        return self.kind != "database"


def parse_source(specs: Sequence[str], *, root: Path) -> Source:
    """``--from`` values (or the config's ``source``) → a Source; paths relative to ``root``."""
    if not specs:
        raise ConfigError("no source: pass --from SOURCE or set source in [tool.pgsnapdiff] of "
                          "pyproject.toml (a .sql file or directory, sqlalchemy:module:attr, "
                          "alembic:alembic.ini, or a URL)")
    first = specs[0]
    special = first.startswith((SQLALCHEMY, ALEMBIC)) or is_url(first) or env_reference(first)
    if special and len(specs) > 1:
        raise ConfigError(f"{first}: a models, Alembic or URL source stands alone; give only one")
    if first.startswith(SQLALCHEMY):
        target = first[len(SQLALCHEMY):]
        if target.count(":") != 1 or not all(target.split(":")):
            raise ConfigError(f"{first}: expected sqlalchemy:package.module:attr")
        return Source("sqlalchemy", first, root, target=target)
    if first.startswith(ALEMBIC):
        ini = _path(first[len(ALEMBIC):], root)
        if not ini.is_file():
            raise SourceError(f"{first}: no such file {ini}")
        return Source("alembic", first, root, paths=(ini,))
    if is_url(first):
        return Source("database", "a database URL", root, target=first)
    if var := env_reference(first):
        return Source("database", f"the database in ${var}", root, target=first)
    files: list[Path] = []
    for spec in specs:
        path = _path(spec, root)
        if path.is_dir():
            found = sorted(path.glob("*.sql"))
            if not found:
                raise SourceError(f"{spec}: the directory has no .sql files")
            files += found
        elif path.is_file():
            files.append(path)
        else:
            raise SourceError(f"{spec}: no such file or directory (give .sql files, a directory of them, "
                              f"sqlalchemy:module:attr, alembic:alembic.ini or a postgresql:// URL)")
    return Source("sql", ", ".join(_display(Path(s), root) for s in specs), root, paths=tuple(files))


def _path(spec: str, root: Path) -> Path:
    path = Path(spec).expanduser()
    return path if path.is_absolute() else root / path


def _display(path: Path, root: Path) -> str:
    """Relative to the project root when inside it: absolute paths differ between machines."""
    try:
        return (path if path.is_absolute() else root / path).resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def database_url(source: Source) -> str:
    if var := env_reference(source.target):
        value = os.environ.get(var)
        if not value:
            raise ConfigError(f"source {source.target}: ${var} is not set")
        return value
    return source.target


def reference_dump(source: Source, *, pg_bin: str | None = None, extensions: Sequence[str] = (),
                   owners: bool = False, privileges: bool = False) -> Dump:
    """Build the reference database for ``source`` and dump it (``pg_dump --schema-only``)."""
    if not source.needs_server:
        return dump_schema(ConnInfo.parse(database_url(source)), pg_bin=pg_bin, owners=owners,
                           privileges=privileges)
    from .binaries import find_binaries
    from .server import ThrowawayServer

    with ThrowawayServer(find_binaries(pg_bin, extensions=_extensions_needed(source, extensions))) as server:
        url = server.create_database("reference")
        build_reference(source, url, extensions=extensions)
        return dump_schema(ConnInfo.parse(url), pg_bin=pg_bin, owners=owners, privileges=privileges)


def _extensions_needed(source: Source, configured: Sequence[str]) -> set[str]:
    """The extensions the reference creates: configured ones, and those its .sql files create."""
    from .load import extensions_in

    names = set(configured)
    for path in source.paths if source.kind == "sql" else ():
        try:
            names |= extensions_in(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError):
            pass  # load_files reports it
    return names


def build_reference(source: Source, url: str, *, extensions: Sequence[str] = ()) -> None:
    """Create ``extensions``, then run ``source`` into the empty database at ``url``."""
    if extensions:
        create_extensions(url, extensions)
    if source.kind == "sql":
        load_files(url, source.paths, root=source.root)
    elif source.kind == "sqlalchemy":
        run_models("create_all", source, source.target, url)
    elif source.kind == "alembic":
        run_models("upgrade", source, str(source.paths[0]), url)
    else:
        raise ConfigError(f"{source.label}: nothing to build")


def create_extensions(url: str, names: Sequence[str]) -> None:
    with ConnInfo.parse(url).connect(autocommit=True) as conn:
        for name in names:
            try:
                conn.execute(sql.SQL("CREATE EXTENSION IF NOT EXISTS {}").format(sql.Identifier(name)))
            except psycopg.Error as exc:
                raise SourceError(f"extension {name!r} (from the configuration): "
                                  f"{exc.diag.message_primary or exc}") from None


def load_files(url: str, paths: Sequence[Path], *, root: Path) -> None:
    """All files in one transaction, each under a savepoint: on an error the files before it are
    still in place, so the failing statement is found by replaying that file alone."""
    from .load import MAX_ROLES, _error_line, _message, create_role, loadable, missing_role  # shared

    with ConnInfo.parse(url).connect(autocommit=False) as conn:
        for path in paths:
            name = _display(path, root)
            try:
                text = path.read_bytes().decode("utf-8")  # as psql reads it: CRLF kept (sources.py)
            except (OSError, UnicodeDecodeError) as exc:
                raise SourceError(f"{name}: cannot read: {exc}") from None
            if not text.strip():
                continue
            text = loadable(text)
            for _ in range(MAX_ROLES):
                conn.execute("SAVEPOINT pgsnapdiff_file")
                try:
                    conn.execute(cast("LiteralString", text))
                    break
                except psycopg.Error as exc:
                    try:
                        conn.execute("ROLLBACK TO SAVEPOINT pgsnapdiff_file")
                    except psycopg.Error:  # the file ran its own COMMIT/ROLLBACK: the savepoint is gone
                        conn.rollback()
                        raise SourceError(_message(name, _error_line(conn, text, exc), exc)) from None
                    if (role := missing_role(exc)) is None:
                        raise SourceError(_message(name, _error_line(conn, text, exc), exc)) from None
                    create_role(conn, role, name)
            else:
                raise SourceError(f"{name}: names more than {MAX_ROLES} roles the server does not have")
            log.info("loaded %s", name)
        conn.commit()


def run_models(action: str, source: Source, spec: str, url: str) -> None:
    """``python -m pgsnapdiff.modelrun ACTION SPEC URL`` in the project root (see modelrun.py)."""
    from .modelrun import sqlalchemy_url

    cwd = source.paths[0].parent if source.kind == "alembic" else source.root
    # DATABASE_URL too, for env.py files that read it instead of alembic.ini.
    out = _run_child(source, [action, spec, url], cwd, {"DATABASE_URL": sqlalchemy_url(url)}, BUILD_TIMEOUT)
    log.info("%s: %s", source.label, out)


def check_models(source: Source) -> str:
    """Import the models without a database (for ``doctor``): '3 tables', or SourceError."""
    return _run_child(source, ["check", source.target], source.root, {}, 120)


def _run_child(source: Source, args: list[str], cwd: Path, extra_env: dict[str, str], timeout: float) -> str:
    """Run modelrun in a child with the project root and the current directory on its import path;
    its last stderr line becomes the error."""
    env = {**os.environ, **extra_env}
    env["PYTHONPATH"] = os.pathsep.join([str(source.root), str(Path.cwd()), env.get("PYTHONPATH", "")])
    try:
        done = subprocess.run([sys.executable, "-m", "pgsnapdiff.modelrun", *args], cwd=cwd, env=env,
                              capture_output=True, text=True, timeout=timeout, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        raise SourceError(f"{source.label}: did not finish within {timeout:.0f}s") from None
    if done.returncode != 0:
        lines = [ln for ln in done.stderr.strip().splitlines() if ln.strip()]
        raise SourceError(f"{source.label}: {lines[-1] if lines else f'exit code {done.returncode}'}")
    return done.stdout.strip()
