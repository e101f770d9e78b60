#!/usr/bin/env bash
# Prints the gzipped size (gzip -9) of what a first visit downloads from the release build (the
# wasm, its JS loader and the CSS), per file and in total, and fails when the total is over the
# limit in size-limit.txt. Lower that limit whenever the app shrinks; the goal is 250 KB.
set -euo pipefail
cd "$(dirname "$0")/.."
dist=${1:-dist}
limit=$(grep -Eo '^[0-9]+' size-limit.txt)
goal=$((250 * 1000))

gz() { gzip -9c "$1" | wc -c; }
total=0
printf '%-44s %10s %10s\n' file bytes gzipped
for file in "$dist"/*.wasm "$dist"/bmk-app-*.js "$dist"/*.css; do
  size=$(gz "$file")
  total=$((total + size))
  printf '%-44s %10d %10d\n' "$(basename "$file")" "$(stat -c %s "$file")" "$size"
done
printf '%-44s %10s %10d\n' "total (first visit)" "" "$total"
for file in "$dist"/sw.js "$dist"/embed.js; do
  printf '%-44s %10d %10d  (not in the total)\n' "$(basename "$file")" "$(stat -c %s "$file")" "$(gz "$file")"
done
printf 'limit %d B (size-limit.txt), goal %d B: %+d B to the goal\n' "$limit" "$goal" "$((total - goal))"
if ((total > limit)); then
  echo "size: the first visit grew to $total B, over the limit of $limit B" >&2
  exit 1
fi
