#!/usr/bin/env bash
# Prints the gzipped size (gzip -9) of what a first visit downloads from the release build of the
# citizen app (the wasm, its JS loader and the CSS), per file and in total, and fails when the total
# is over the limit in size-limit.txt. Lower that limit whenever the app shrinks; the goal is 250 KB.
# Beside it, the size of the build's brotli copy (scripts/precompress.sh), which the endpoint sends
# to browsers that accept brotli (all current ones, over HTTPS). Then the same table for the staff
# console's own bundle (dist-console/, or the second argument), which no citizen downloads: it has
# no limit, and it is printed so that nobody mistakes one bundle for the other.
set -euo pipefail
cd "$(dirname "$0")/.."
dist=${1:-dist}
console_dist=${2:-dist-console}
limit=$(grep -Eo '^[0-9]+' size-limit.txt)
goal=$((250 * 1000))

gz() { gzip -9c "$1" | wc -c; }

# table DIR LOADER: prints the files of one bundle and sets $total and $total_br.
table() {
  total=0
  total_br=0
  printf '%-44s %10s %10s %10s\n' file bytes gzipped brotli
  for file in "$1"/*.wasm "$1"/"$2"-*.js "$1"/*.css; do
    [[ -f "$file.br" ]] || { echo "size: $file.br is missing (the precompress hook did not run)" >&2; exit 1; }
    size=$(gz "$file")
    size_br=$(stat -c %s "$file.br")
    total=$((total + size))
    total_br=$((total_br + size_br))
    printf '%-44s %10d %10d %10d\n' "$(basename "$file")" "$(stat -c %s "$file")" "$size" "$size_br"
  done
}

echo "citizen app ($dist):"
table "$dist" bmk-app
citizen=$total
printf '%-44s %10s %10d %10d\n' "total (first visit)" "" "$total" "$total_br"
for file in "$dist"/sw.js "$dist"/embed.js; do
  printf '%-44s %10d %10d  (not in the total)\n' "$(basename "$file")" "$(stat -c %s "$file")" "$(gz "$file")"
done
printf 'limit %d B (size-limit.txt), goal %d B: %+d B to the goal\n' "$limit" "$goal" "$((citizen - goal))"
if [[ -d "$console_dist" ]]; then
  echo
  echo "staff console ($console_dist, its own bundle at /console; never downloaded by citizens):"
  table "$console_dist" console
  printf '%-44s %10s %10d %10d\n' "total (console)" "" "$total" "$total_br"
fi
if ((citizen > limit)); then
  echo "size: the citizen app's first visit grew to $citizen B, over the limit of $limit B" >&2
  exit 1
fi
