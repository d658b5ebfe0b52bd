"""Packaging: ``python -m build`` gives an sdist and a wheel (built from that sdist, so the sdist is
complete), and the wheel installs into a clean virtual environment where the CLI and the demo run.

The clean venv has no access to this checkout: the commands run from an empty directory, and the
test checks that ``pgsnapdiff`` is imported from the venv, not from here. Dependencies come from
PyPI (or pip's cache), as they would for a user.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

from pgsnapdiff import __version__

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]


def run(cmd: list[str], *, cwd: Path, timeout: float = 300) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "PYTHONPATH", "DATABASE_URL")}
    done = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=timeout, env=env)
    assert done.returncode == 0, f"{' '.join(cmd)} failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    return done


@pytest.fixture(scope="module")
def dist(tmp_path_factory) -> Path:
    pytest.importorskip("build", reason="the `build` package is in the test extra: pip install -e '.[test]'")
    out = tmp_path_factory.mktemp("dist")
    # Build from a copy: setuptools writes build/ and *.egg-info into the tree it builds, and other
    # builds (docker/build.sh, a developer's) may be running in the checkout at the same time.
    src = tmp_path_factory.mktemp("src") / "pgsnapdiff"
    shutil.copytree(ROOT, src, ignore=shutil.ignore_patterns(
        ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".pytest_cache", ".ruff_cache"))
    run([sys.executable, "-m", "build", "--outdir", str(out), str(src)], cwd=src)
    return out


def test_sdist_and_wheel_carry_the_package_data(dist: Path) -> None:
    sdist = dist / f"pgsnapdiff-{__version__}.tar.gz"
    wheel = dist / f"pgsnapdiff-{__version__}-py3-none-any.whl"
    assert sdist.exists() and wheel.exists(), sorted(p.name for p in dist.iterdir())
    prefix = f"pgsnapdiff-{__version__}/"
    with tarfile.open(sdist) as tar:
        in_sdist = {name.removeprefix(prefix) for name in tar.getnames()}
    with zipfile.ZipFile(wheel) as whl:
        in_wheel = set(whl.namelist())
        entry_points = whl.read(f"pgsnapdiff-{__version__}.dist-info/entry_points.txt").decode()
    package = {str(p.relative_to(ROOT)) for p in (ROOT / "pgsnapdiff").rglob("*")
               if p.is_file() and "__pycache__" not in p.parts}
    assert package <= in_sdist, package - in_sdist
    assert package <= in_wheel, package - in_wheel
    assert any(p.startswith("pgsnapdiff/demo_data/") for p in package)  # data files, not only code
    assert {"README.md", "CHANGELOG.md", "pyproject.toml", "docker/Dockerfile"} <= in_sdist
    assert "pgsnapdiff = pgsnapdiff.cli:run" in entry_points


def test_wheel_installs_in_a_clean_venv_and_the_demo_runs(dist: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    run([sys.executable, "-m", "venv", str(venv)], cwd=tmp_path)
    wheel = dist / f"pgsnapdiff-{__version__}-py3-none-any.whl"
    run([str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", str(wheel)], cwd=tmp_path)
    exe = str(venv / "bin" / "pgsnapdiff")
    assert run([exe, "--version"], cwd=tmp_path).stdout.strip() == f"pgsnapdiff, version {__version__}"
    where = run([str(venv / "bin" / "python"), "-c", "import pgsnapdiff; print(pgsnapdiff.__file__)"],
                cwd=tmp_path).stdout.strip()
    assert where.startswith(str(venv)), where
    demo = run([exe, "demo"], cwd=tmp_path, timeout=180)
    assert "Re-run on the next deploy: nothing left to do" in demo.stdout
    assert list(tmp_path.iterdir()) == [venv]  # the demo leaves nothing in the working directory
