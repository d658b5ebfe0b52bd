"""Run the user's SQLAlchemy models or Alembic history against a throwaway database, in a child
process: ``python -m pgsnapdiff.modelrun create_all|upgrade|check SPEC [URL]``.

Why a child process: importing the user's code runs it, with whatever module caches, logging or
global state it sets up; a child gets a fresh import every time (a rebuilt snapshot sees edited
models) and leaves pgsnapdiff's own process clean. The child prints one line on failure, which
the parent shows as the error: never a traceback.
"""

from __future__ import annotations

import importlib
import sys
from typing import Any

EXTRA_HINT = "install it with: pip install 'pgsnapdiff[sqlalchemy]'"


class Failure(Exception):
    """One line for the user."""


def sqlalchemy_url(url: str) -> str:
    """A libpq URL → SQLAlchemy's, with the psycopg 3 driver (the one pgsnapdiff already ships)."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def find_metadata(spec: str) -> Any:
    """``package.module:attr`` → a ``MetaData`` (an attr that is a declarative Base gives its own)."""
    module_name, _, attr = spec.partition(":")
    if not module_name or not attr:
        raise Failure(f"{spec!r}: expected package.module:attr (a MetaData or a declarative Base)")
    try:
        import sqlalchemy
    except ImportError:
        raise Failure(f"SQLAlchemy is not installed; {EXTRA_HINT}") from None
    try:
        module = importlib.import_module(module_name)
    except ImportError as exc:
        raise Failure(f"cannot import {module_name}: {exc} (run from the project root, "
                      f"or check the module path)") from None
    except Exception as exc:  # the user's module raised while importing
        raise Failure(f"importing {module_name} failed: {type(exc).__name__}: {exc}") from None
    obj: Any = module
    for part in attr.split("."):
        if not hasattr(obj, part):
            raise Failure(f"{module_name} has no attribute {attr!r}")
        obj = getattr(obj, part)
    metadata = obj if isinstance(obj, sqlalchemy.MetaData) else getattr(obj, "metadata", None)
    if not isinstance(metadata, sqlalchemy.MetaData):
        raise Failure(f"{spec} is a {type(obj).__name__}, not a SQLAlchemy MetaData or declarative Base")
    return metadata


def create_all(spec: str, url: str) -> str:
    import sqlalchemy

    metadata = find_metadata(spec)
    engine = sqlalchemy.create_engine(sqlalchemy_url(url))
    try:
        metadata.create_all(engine)
    except sqlalchemy.exc.SQLAlchemyError as exc:
        raise Failure(f"create_all failed: {str(exc.orig or exc).strip().splitlines()[0]}") from None
    finally:
        engine.dispose()
    return f"created {len(metadata.tables)} tables"


def upgrade(ini: str, url: str) -> str:
    try:
        from alembic import command
        from alembic.config import Config
    except ImportError:
        raise Failure("Alembic is not installed; pip install 'pgsnapdiff[alembic]'") from None
    config = Config(ini)
    # configparser interpolation: a literal '%' in the URL must be doubled.
    config.set_main_option("sqlalchemy.url", sqlalchemy_url(url).replace("%", "%%"))
    try:
        command.upgrade(config, "head")
    except Exception as exc:
        first = str(getattr(exc, "orig", None) or exc).strip().splitlines() or [""]
        raise Failure(f"alembic upgrade head failed: {type(exc).__name__}: {first[0]}") from None
    return "upgraded to head"


def check(spec: str) -> str:
    metadata = find_metadata(spec)
    return f"{len(metadata.tables)} tables"


def main(argv: list[str]) -> int:
    actions = {"create_all": create_all, "upgrade": upgrade, "check": check}
    if len(argv) < 2 or argv[0] not in actions:
        print("usage: python -m pgsnapdiff.modelrun create_all|upgrade|check SPEC [URL]", file=sys.stderr)
        return 2
    try:
        print(actions[argv[0]](*argv[1:]))
    except Failure as exc:
        print(exc, file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
