#!/bin/sh
# Build the pgsnapdiff image from this checkout: wheels first (on the host, where PyPI or pip's cache
# is at hand), then `docker build` with the wheels as its only input, so the build itself needs no
# registry. Extra arguments go to `docker build`, e.g. --build-arg BASE_IMAGE=pgsnapdiff-base.
#   IMAGE   tag of the result (default: pgsnapdiff)
#   PYTHON  interpreter that runs pip (default: python3)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
python=${PYTHON:-python3}
arch=$(uname -m)
rm -rf "$here/wheels"
"$python" -m pip wheel --quiet --no-deps --wheel-dir "$here/wheels" "$here/.."
# Dependencies as binary wheels for the image's CPython 3.11 (Debian 12), whatever Python runs pip.
"$python" -m pip download --quiet --dest "$here/wheels" --only-binary=:all: \
    --python-version 3.11 --implementation cp --abi cp311 \
    --platform "manylinux_2_28_$arch" --platform "manylinux_2_17_$arch" --platform "manylinux2014_$arch" \
    "$here"/wheels/pgsnapdiff-*.whl
exec docker build --tag "${IMAGE:-pgsnapdiff}" "$@" "$here"
