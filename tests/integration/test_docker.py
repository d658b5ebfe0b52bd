"""The Docker image (docker/): built from this checkout without an image registry, then run.

Needs a Docker engine. Where there is none the tests skip and say why. In CI, .ci/run prepares one
in the background (docker/ci-prepare.sh: engine, plus a Debian base image made locally) and points
``PGSNAPDIFF_DOCKER_STATUS`` at the file where it reports the outcome; the tests wait for it.

The base image: ``$PGSNAPDIFF_DOCKER_BASE``, else ``pgsnapdiff-base`` when it exists (made by
docker/make-base.sh, which the tests run themselves when mmdebstrap or debootstrap is installed).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from pgsnapdiff import __version__

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
DOCKER_DIR = ROOT / "docker"
BASE = os.environ.get("PGSNAPDIFF_DOCKER_BASE", "pgsnapdiff-base")
PREP_WAIT = 180  # seconds to wait for .ci/run's background preparation

REFERENCE = "-- pgsnapdiff snapshot\nCREATE TABLE public.t (id integer NOT NULL, note text);\n"
CURRENT = "-- PostgreSQL database dump\nCREATE TABLE public.t (id integer NOT NULL);\n"


def docker(*args: str, timeout: float = 120, check: bool = True) -> subprocess.CompletedProcess:
    done = subprocess.run(["docker", *args], capture_output=True, text=True, timeout=timeout)
    if check and done.returncode != 0:
        raise AssertionError(f"docker {' '.join(args)} failed ({done.returncode}):\n"
                             f"{done.stdout}{done.stderr}")
    return done


def _wait_for_ci_preparation() -> None:
    status_file = os.environ.get("PGSNAPDIFF_DOCKER_STATUS")
    if not status_file:
        return
    deadline = time.monotonic() + PREP_WAIT
    path = Path(status_file)
    while not path.exists():
        if time.monotonic() > deadline:
            pytest.skip(f"Docker preparation did not finish within {PREP_WAIT}s (see {status_file}.log)")
        time.sleep(1)
    status = path.read_text().strip()
    if status != "ok":
        pytest.skip(f"no Docker engine in CI: {status}")


def _engine_available() -> None:
    if shutil.which("docker") is None:
        pytest.skip("no docker client: apt-get install docker.io, then start dockerd")
    try:
        info = docker("info", "--format", "{{.ServerVersion}}", timeout=20, check=False)
    except subprocess.TimeoutExpired:
        pytest.skip("Docker engine did not answer within 20s")
    if info.returncode != 0:
        last = (info.stderr.strip().splitlines() or ["docker info failed"])[-1]
        pytest.skip(f"no Docker engine running ({last}): start dockerd")


def _ensure_base() -> str:
    if docker("image", "inspect", BASE, check=False).returncode == 0:
        return BASE
    if "PGSNAPDIFF_DOCKER_BASE" in os.environ:
        pytest.fail(f"$PGSNAPDIFF_DOCKER_BASE={BASE} is not an image here")
    if not (shutil.which("mmdebstrap") or shutil.which("debootstrap")):
        pytest.skip(f"no base image {BASE!r} and neither mmdebstrap nor debootstrap to make one "
                    "(apt-get install mmdebstrap; docker/make-base.sh)")
    done = subprocess.run([str(DOCKER_DIR / "make-base.sh"), BASE], capture_output=True, text=True,
                          timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    return BASE


@pytest.fixture(scope="module")
def image() -> Iterator[str]:
    """Build the image from this checkout on the local base, once for the module; removed after."""
    _wait_for_ci_preparation()
    _engine_available()
    base = _ensure_base()
    tag = f"pgsnapdiff-test:{uuid.uuid4().hex[:8]}"
    env = {**os.environ, "IMAGE": tag, "PYTHON": shutil.which("python") or "python3"}
    done = subprocess.run([str(DOCKER_DIR / "build.sh"), "--build-arg", f"BASE_IMAGE={base}"],
                          capture_output=True, text=True, timeout=600, env=env)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    yield tag
    docker("image", "rm", "--force", tag, check=False)


@pytest.fixture
def shared_dir(tmp_path: Path) -> Path:
    """A directory the image's unprivileged user can read (pytest makes tmp_path 0700)."""
    tmp_path.chmod(0o755)
    (tmp_path / "ref.sql").write_text(REFERENCE)
    (tmp_path / "cur.sql").write_text(CURRENT)
    for path in tmp_path.iterdir():
        path.chmod(0o644)
    return tmp_path


def test_version(image: str) -> None:
    done = docker("run", "--rm", image, "--version")
    assert done.stdout.strip() == f"pgsnapdiff, version {__version__}"


def test_file_vs_file_diff(image: str, shared_dir: Path) -> None:
    run = ["run", "--rm", "--network", "none", "-v", f"{shared_dir}:/data:ro", image]
    done = docker(*run, "diff", "/data/ref.sql", "/data/cur.sql", "--format", "sql", "--exit-code",
                  check=False)
    assert done.returncode == 3, done.stderr
    assert "ALTER TABLE public.t ADD COLUMN IF NOT EXISTS note text;" in done.stdout


def test_snapshot_check_of_the_example_project(image: str) -> None:
    """The README's command: models import inside the image (the sqlalchemy extra is installed) and
    are built on a throwaway PostgreSQL that the image's unprivileged user starts, then dumped."""
    done = docker("run", "--rm", "--network", "none", "-v", f"{ROOT / 'examples' / 'shop'}:/work:ro", image,
                  "snapshot", "--check", check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "is current" in done.stdout + done.stderr


def _compose_command() -> list[str] | None:
    if docker("compose", "version", check=False).returncode == 0:
        return ["docker", "compose"]
    if shutil.which("docker-compose"):
        return ["docker-compose"]
    return None


def test_compose_scratch_database_is_synced(image: str) -> None:
    compose = _compose_command()
    if compose is None:
        pytest.skip("neither `docker compose` nor docker-compose is installed")
    project = f"pgsnapdiff-test-{uuid.uuid4().hex[:8]}"
    base = [*compose, "--project-name", project, "--file", str(DOCKER_DIR / "compose.yaml")]
    env = {**os.environ, "PGSNAPDIFF_IMAGE": image}
    env.pop("DATABASE_URL", None)

    def compose_run(*args: str) -> subprocess.CompletedProcess:
        cmd = [*base, "run", "--rm", "-T", "pgsnapdiff", *args]
        return subprocess.run(cmd, capture_output=True, text=True, timeout=180, env=env)

    snapshot = "examples/shop/snapshots/schema.sql"  # as in README: the checkout is mounted at /work
    try:
        up = subprocess.run([*base, "up", "--detach", "db"], capture_output=True, text=True, timeout=180,
                            env=env)
        assert up.returncode == 0, up.stderr
        applied = compose_run("diff", snapshot, "--apply", "--exit-code", "--no-color")
        assert applied.returncode == 0, applied.stdout + applied.stderr
        assert "verified: the target now has everything the reference adds" in applied.stdout
        assert "scratch" not in applied.stdout + applied.stderr  # the password is never shown
        again = compose_run("diff", snapshot, "--exit-code")
        assert again.returncode == 0, again.stdout + again.stderr
    finally:
        subprocess.run([*base, "down", "--volumes", "--timeout", "5"], capture_output=True, timeout=120,
                       env=env)
