#!/bin/sh
# Writes a brotli (quality 11) and a gzip (-9) copy beside each of the build's hashed files (the
# wasm, its JS loader, the CSS), in Trunk's staging directory when run as its post-build hook, or
# in the directory given. The endpoint serves these copies to browsers that accept them, instead
# of compressing 1.8 MB at each request. Only hashed names are compressed: their content never
# changes under the same name, so a copy cannot go stale (data files published by hand can).
set -eu
# A debug build (`trunk serve` for `make dev`) is served by Trunk itself, which sends no copies.
if [ "${TRUNK_PROFILE:-}" = debug ]; then echo "precompress: skipped for a debug build"; exit 0; fi
build_dir="${1:-${TRUNK_STAGING_DIR:?give the built app directory}}"
command -v brotli >/dev/null 2>&1 || { echo "precompress: brotli is missing; run make setup" >&2; exit 1; }
cd "$build_dir"
count=0
for file in $(find . -type f | grep -E -- '-[0-9a-f]{8,16}(_bg)?\.(wasm|js|css)$' | LC_ALL=C sort); do
  brotli -q 11 -f -k -o "$file.br" "$file"
  gzip -9 -n -c "$file" > "$file.gz"
  count=$((count + 1))
done
[ "$count" -gt 0 ] || { echo "precompress: no hashed file in $build_dir" >&2; exit 1; }
echo "precompressed $count files (brotli 11, gzip 9)"
