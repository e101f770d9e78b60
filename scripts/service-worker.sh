#!/bin/sh
# Writes sw.js into a built app directory (Trunk's staging directory when run as its post-build
# hook, or the directory given): the service worker of sw/service-worker.js with the list of the
# build's files and a version made from their contents, so any change gives a new version.
set -eu
source_dir="${TRUNK_SOURCE_DIR:-$(cd "$(dirname "$0")/.." && pwd)}"
build_dir="${1:-${TRUNK_STAGING_DIR:?give the built app directory}}"
cd "$build_dir"
files=$(find . -type f ! -name sw.js ! -name '*.map' ! -name '*.br' ! -name '*.gz' | sed 's|^\./||' | LC_ALL=C sort)
version=$(printf '%s\n' "$files" | tr '\n' '\0' | xargs -0 sha256sum | sha256sum | cut -c1-16)
precache=$(printf '%s\n' "$files" | sed 's/.*/  "&",/')
VERSION="$version" PRECACHE="$precache" awk '
  { gsub(/__VERSION__/, ENVIRON["VERSION"]) }
  /^__PRECACHE__$/ { print ENVIRON["PRECACHE"]; next }
  { print }
' "$source_dir/sw/service-worker.js" > sw.js
echo "service worker $version: $(printf '%s\n' "$files" | wc -l) files to keep"
