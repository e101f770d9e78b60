#!/usr/bin/env bash
# Runs every check of `make test` in order and ends with the total count of tests.
set -euo pipefail
cd "$(dirname "$0")/.."

# Scratch files of every step (Chromium profiles and caches, temporary databases, the log of test
# results) go to a directory of this run, removed at its end even when a killed browser left its own
# behind.
TMPDIR=$(mktemp -d)
export TMPDIR
trap 'rm -rf "$TMPDIR"' EXIT
log=$(mktemp)
export CHROMEDRIVER=${CHROMEDRIVER:-/usr/bin/chromedriver}
if [[ "${CI:-}" == true ]]; then
  # A one-off run gains nothing from incremental caches, which double the size of target/.
  export CARGO_INCREMENTAL=0
  # The property tests draw the same cases on every CI run, so a commit passes or fails on its
  # own; local runs draw new cases each time.
  export PROPTEST_RNG_SEED=${PROPTEST_RNG_SEED:-20261201}
fi

step() { printf '\n== %s (%s)\n' "$1" "$(date +%T)"; }
# Runs a test command, keeping its output for the final count.
counted() { "$@" 2>&1 | tee -a "$log"; }
# In CI, removes a build directory no later step uses, so the run needs less free disk.
free_unused_build() {
  if [[ "${CI:-}" == true && -d "$1" ]]; then
    printf 'freeing %s (%s)\n' "$1" "$(du -sh "$1" | cut -f1)"
    rm -rf "$1"
  fi
}

step "free disk space before the build"
df -h .

step "format (rustfmt, and leptosfmt for the view! markup)"
cargo fmt --all -- --check
leptosfmt --quiet --check --config-file .leptosfmt.toml src console/src tests

step "clippy (native, all targets)"
cargo clippy --workspace --all-targets --features endpoint/e2e,endpoint/postgres-tests,pb-core/pabutools-tests -- -D warnings

step "clippy (wasm32 app and tests)"
cargo clippy -p bmk-app --target wasm32-unknown-unknown --all-targets -- -D warnings

step "native tests (SQLite file and a throwaway PostgreSQL server)"
counted scripts/with-postgres.sh cargo test --workspace --features endpoint/postgres-tests

step "outcome rules against pabutools (stored, generated and real instances up to 200 KB)"
PABUTOOLS_PYTHON=$(scripts/pabutools-env.sh)
export PABUTOOLS_PYTHON
counted cargo test --release -p pb-core --features pabutools-tests --test pabutools_agreement -- --nocapture
free_unused_build target/release

step "component tests (wasm, headless Chromium)"
counted cargo test -p bmk-app --target wasm32-unknown-unknown
free_unused_build target/wasm32-unknown-unknown/debug

step "release build (trunk): the citizen app, then the staff console (its own bundle)"
trunk build --release --offline
(cd console && trunk build --release --offline)

step "size of the first visit (gzipped wasm + JS + CSS) against size-limit.txt, and the console's"
scripts/size-check.sh dist dist-console

step "release build for a sub-path (trunk --public-url /budget-citoyen/)"
trunk build --release --offline --public-url /budget-citoyen/ --dist dist-subpath

step "end-to-end tests (endpoint + headless Chromium)"
counted cargo test -p endpoint --features e2e --test e2e -- --test-threads=2

step "disk used by the build"
# One du per directory: a single du counts a directory once, under the first operand that holds it.
for dir in target target/*/ target/wasm32-unknown-unknown/*/; do
  du -sh "$dir"
done
df -h .

passed=$(grep -Eo 'test result: [A-Za-z]+\. [0-9]+ passed' "$log" | grep -Eo '[0-9]+ passed' | awk '{s+=$1} END {print s+0}')
failed=$(grep -Eo '[0-9]+ failed' "$log" | awk '{s+=$1} END {print s+0}')
printf '\ntotal: %d passed, %d failed\n' "$passed" "$failed"
