#!/bin/sh
# Make a Debian 12 base image with Python 3.11 locally, from Debian's archive, and import it into
# Docker as pgsnapdiff-base (or $1): for machines that reach Debian's packages but no image registry.
# Needs root, and mmdebstrap (fast) or debootstrap.
set -eu
tag=${1:-pgsnapdiff-base}
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if command -v mmdebstrap > /dev/null; then
    mmdebstrap --quiet --variant=minbase --include=python3,python3-venv \
        --dpkgopt='path-exclude=/usr/share/doc/*' --dpkgopt='path-exclude=/usr/share/man/*' \
        --dpkgopt='path-exclude=/usr/share/locale/*' bookworm "$work/rootfs.tar" "$mirror"
else
    debootstrap --variant=minbase --include=python3,python3-venv bookworm "$work/rootfs" "$mirror" > /dev/null
    tar -C "$work/rootfs" -cf "$work/rootfs.tar" .
fi
docker import --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    --change 'CMD ["/bin/bash"]' "$work/rootfs.tar" "$tag"
