"""``[tool.pgsnapdiff]`` in pyproject.toml: where the models are, where the snapshot goes, which
extensions the reference needs, and named targets.

Why targets may only name environment variables: pyproject.toml is committed, and a URL with a
password in it would be too. ``prod = "$DATABASE_URL"`` keeps the secret where deploys keep it.
Unknown keys are errors naming the key, so a typo (``snapshots = ...``) cannot be silently ignored.

The file is found like other tools find it: the nearest pyproject.toml from the current directory
upwards. Relative paths in it are relative to its directory (the project root), whatever the
current directory is.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from .conn import ConnInfo, is_url
from .errors import ConfigError

FILENAME = "pyproject.toml"
DEFAULT_SNAPSHOT = "snapshots/schema.sql"
_KEYS = {"source", "snapshot", "extensions", "targets", "owners", "privileges", "ignore"}
_ENV_REF_RE = re.compile(r"^\$(?:\{([A-Za-z_][A-Za-z0-9_]*)\}|([A-Za-z_][A-Za-z0-9_]*))$")


@dataclass(frozen=True)
class Config:
    """The settings in force; defaults when there is no file or no ``[tool.pgsnapdiff]`` table."""

    root: Path
    path: Path | None = None  # the pyproject.toml read, None when there is none
    source: tuple[str, ...] = ()
    snapshot: str = DEFAULT_SNAPSHOT
    extensions: tuple[str, ...] = ()
    targets: dict[str, str] = field(default_factory=dict)  # name -> environment variable
    owners: bool = False
    privileges: bool = False
    ignore: tuple[str, ...] = ()  # ignore rules for diff, e.g. "table:audit.*" (see ignore.py)

    @property
    def found(self) -> bool:
        return self.path is not None

    def where(self, key: str) -> str:
        return f"{self.path}: [tool.pgsnapdiff] {key}" if self.path else key

    def snapshot_path(self) -> Path:
        return self.root / self.snapshot

    def resolve_target(self, name: str) -> str:
        """The URL behind a named target, read from its environment variable now."""
        var = self.targets[name]
        value = os.environ.get(var)
        if not value:
            raise ConfigError(f"target {name!r} ({self.where('targets')}) reads ${var}, which is not set")
        return value


def find_pyproject(start: Path | None = None) -> Path | None:
    """The nearest pyproject.toml from ``start`` (default: the current directory) upwards."""
    here = (start or Path.cwd()).resolve()
    for directory in (here, *here.parents):
        candidate = directory / FILENAME
        if candidate.is_file():
            return candidate
    return None


def load_config(start: Path | None = None) -> Config:
    """Read ``[tool.pgsnapdiff]`` from the nearest pyproject.toml; defaults when absent."""
    path = find_pyproject(start)
    if path is None:
        return Config(root=(start or Path.cwd()).resolve())
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    table = data.get("tool", {}).get("pgsnapdiff")
    if table is None:
        return Config(root=path.parent)
    return parse_table(table, path)


def parse_table(table: object, path: Path) -> Config:
    """Validate ``[tool.pgsnapdiff]``; every error names the file and the key."""
    where = f"{path}: [tool.pgsnapdiff]"
    if not isinstance(table, dict):
        raise ConfigError(f"{where} must be a table")
    unknown = sorted(set(table) - _KEYS)
    if unknown:
        raise ConfigError(f"{where}: unknown key {unknown[0]!r} (known keys: {', '.join(sorted(_KEYS))})")
    source = table.get("source", ())
    source = (source,) if isinstance(source, str) else source
    if not isinstance(source, list | tuple) or not all(isinstance(s, str) and s for s in source):
        raise ConfigError(f"{where} source: give a string or a list of strings")
    for spec in source:
        if is_url(spec) and ConnInfo.parse(spec).password is not None:
            raise ConfigError(f"{where} source: a URL with a password; use \"$ENV_VAR\" instead")
    snapshot = table.get("snapshot", DEFAULT_SNAPSHOT)
    if not isinstance(snapshot, str) or not snapshot:
        raise ConfigError(f"{where} snapshot: give a file path")
    extensions = table.get("extensions", [])
    if not isinstance(extensions, list) or not all(isinstance(e, str) and e for e in extensions):
        raise ConfigError(f"{where} extensions: give a list of extension names")
    ignore = table.get("ignore", [])
    if not isinstance(ignore, list) or not all(isinstance(r, str) and r for r in ignore):
        raise ConfigError(f"{where} ignore: give a list of patterns such as \"table:audit.*\"")
    for flag in ("owners", "privileges"):
        if not isinstance(table.get(flag, False), bool):
            raise ConfigError(f"{where} {flag}: give true or false")
    return Config(root=path.parent, path=path, source=tuple(source), snapshot=snapshot,
                  extensions=tuple(extensions), targets=_targets(table.get("targets", {}), where),
                  owners=table.get("owners", False), privileges=table.get("privileges", False),
                  ignore=tuple(ignore))


def _targets(raw: object, where: str) -> dict[str, str]:
    if not isinstance(raw, dict):
        raise ConfigError(f"{where} targets: give a table such as prod = \"$DATABASE_URL\"")
    out: dict[str, str] = {}
    for name, value in raw.items():
        match = _ENV_REF_RE.match(value) if isinstance(value, str) else None
        if match is None:
            raise ConfigError(f"{where} targets.{name}: give an environment variable such as "
                              f"\"$DATABASE_URL\", never a URL (this file is committed)")
        out[name] = match.group(1) or match.group(2)
    return out


def env_reference(spec: str) -> str | None:
    """``"$NAME"``/``"${NAME}"`` → ``NAME``; None for anything else."""
    match = _ENV_REF_RE.match(spec)
    return (match.group(1) or match.group(2)) if match else None
