#!/usr/bin/env bash
# Prints the gzipped size (gzip -9) of what a first visit downloads from the release build (the
# wasm, its JS loader and the CSS), per file and in total, and fails when the total is over the
# limit in size-limit.txt. Lower that limit whenever the app shrinks; the goal is 250 KB. Beside
# it, the size of the build's brotli copy (scripts/precompress.sh), which the endpoint sends to
# browsers that accept brotli (all current ones, over HTTPS).
set -euo pipefail
cd "$(dirname "$0")/.."
dist=${1:-dist}
limit=$(grep -Eo '^[0-9]+' size-limit.txt)
goal=$((250 * 1000))

gz() { gzip -9c "$1" | wc -c; }
total=0
total_br=0
printf '%-44s %10s %10s %10s\n' file bytes gzipped brotli
for file in "$dist"/*.wasm "$dist"/bmk-app-*.js "$dist"/*.css; do
  [[ -f "$file.br" ]] || { echo "size: $file.br is missing (the precompress hook did not run)" >&2; exit 1; }
  size=$(gz "$file")
  size_br=$(stat -c %s "$file.br")
  total=$((total + size))
  total_br=$((total_br + size_br))
  printf '%-44s %10d %10d %10d\n' "$(basename "$file")" "$(stat -c %s "$file")" "$size" "$size_br"
done
printf '%-44s %10s %10d %10d\n' "total (first visit)" "" "$total" "$total_br"
for file in "$dist"/sw.js "$dist"/embed.js; do
  printf '%-44s %10d %10d  (not in the total)\n' "$(basename "$file")" "$(stat -c %s "$file")" "$(gz "$file")"
done
printf 'limit %d B (size-limit.txt), goal %d B: %+d B to the goal\n' "$limit" "$goal" "$((total - goal))"
if ((total > limit)); then
  echo "size: the first visit grew to $total B, over the limit of $limit B" >&2
  exit 1
fi
