#!/bin/sh
# Build the pgsnapdiff image from this checkout: wheels first (on the host, where PyPI or pip's cache
# is at hand), then `docker build` with the wheels as its only input, so the build itself needs no
# registry. Extra arguments go to `docker build`, e.g. --build-arg BASE_IMAGE=pgsnapdiff-base.
#   IMAGE   tag of the result (default: pgsnapdiff)
#   PYTHON  interpreter that runs pip (default: python3)
# Everything happens in a temporary copy: the checkout is not written to, so builds can run side by side.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
python=${PYTHON:-python3}
arch=$(uname -m)
ctx=$(mktemp -d)
trap 'rm -rf "$ctx"' EXIT
mkdir "$ctx/src" "$ctx/wheels"
tar -C "$here/.." --exclude=__pycache__ --exclude='*.egg-info' -cf - \
    pyproject.toml README.md MANIFEST.in CHANGELOG.md pgsnapdiff docker/Dockerfile docker/scratch-postgres.sh \
    | tar -C "$ctx/src" -xf -
cp "$here/Dockerfile" "$here/scratch-postgres.sh" "$ctx/"
"$python" -m pip wheel --quiet --no-deps --wheel-dir "$ctx/wheels" "$ctx/src"
# Dependencies as binary wheels for the image's CPython 3.11 (Debian 12), whatever Python runs pip.
"$python" -m pip download --quiet --dest "$ctx/wheels" --only-binary=:all: \
    --python-version 3.11 --implementation cp --abi cp311 \
    --platform "manylinux_2_28_$arch" --platform "manylinux_2_17_$arch" --platform "manylinux2014_$arch" \
    "$(ls "$ctx"/wheels/pgsnapdiff-*.whl)[sqlalchemy,alembic]"
docker build --tag "${IMAGE:-pgsnapdiff}" "$@" "$ctx"
