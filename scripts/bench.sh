#!/usr/bin/env bash
# The release build's size; page loads as a cheap phone on slow 4G sees them, and the explorer with
# 50,000 line items (examples/front_bench, headless Chromium); then two benchmarks, the quick one first:
# 1. Ballot load on the release endpoint over a fresh SQLite file (about a minute): durable ballots/s
#    with 32 connections, latency at a fixed 500 requests/s. BENCH_LOAD_ARGS adds options of
#    `ballot_load` (see `target/release/examples/ballot_load --help`), e.g. "--ballots 5000".
# 2. `pb outcome` against pabutools on every instance of ../shared/pabulib (or $PABULIB_DIR); skipped
#    when that directory has no .pb file. BENCH_RULES (default: mes-cost) lists the rules;
#    BENCH_TIMEOUT (default 900 s) bounds each pabutools run. Times are of the rule alone (reading
#    the file excluded), one run each; ratio = pabutools / pb.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== Size of the first visit (release build) =="
trunk build --release --offline >/dev/null 2>&1
scripts/size-check.sh dist

echo
cargo build --release --quiet -p endpoint --bin endpoint --example front_bench
target/release/examples/front_bench --endpoint target/release/endpoint --dist dist

echo
echo "== Ballot load on the endpoint (release build, SQLite) =="
cargo build --release --quiet -p endpoint --bin endpoint --example ballot_load
# shellcheck disable=SC2086 # BENCH_LOAD_ARGS is a list of options
target/release/examples/ballot_load --endpoint target/release/endpoint ${BENCH_LOAD_ARGS:-}

echo
echo "== pb outcome against pabutools =="
dir=${PABULIB_DIR:-../shared/pabulib}
if ! compgen -G "$dir/*.pb" >/dev/null; then
  echo "skipped: no .pb file in $dir (set PABULIB_DIR)"
  exit 0
fi
rules=${BENCH_RULES:-mes-cost}
timeout_s=${BENCH_TIMEOUT:-900}
python=$(scripts/pabutools-env.sh)
cargo build --release --quiet -p pb-core --bin pb
pb=target/release/pb

printf '%-48s %9s %-16s %11s %13s %9s %s\n' instance bytes rule "pb (s)" "pabutools (s)" ratio winners
for file in $(ls -S -r -L "$dir"/*.pb); do
  name=$(basename "$file" .pb)
  bytes=$(stat -L -c %s "$file")
  for rule in $rules; do
    ours=$($pb outcome --rule "$rule" --timing "$file" 2>/tmp/pb-bench-timing)
    pb_s=$(sed -E 's/.*rule ([0-9.]+) s.*/\1/' /tmp/pb-bench-timing)
    if reference=$(timeout "$timeout_s" "$python" scripts/pabutools_outcome.py "$rule" "$file"); then
      py_s=$(python3 -c 'import json,sys; print("%.3f" % json.loads(sys.argv[1])["seconds"])' "$reference")
      theirs=$(python3 -c 'import json,sys; print("\n".join(json.loads(sys.argv[1])["selected"]))' "$reference")
      ratio=$(python3 -c "print('%.0fx' % ($py_s / max($pb_s, 1e-6)))")
      same=$([[ "$ours" == "$theirs" ]] && echo same || echo DIFFERENT)
    else
      py_s=">$timeout_s"
      ratio=">$(python3 -c "print('%.0fx' % ($timeout_s / max($pb_s, 1e-6)))")"
      same="(pabutools timed out)"
    fi
    printf '%-48s %9s %-16s %11.4f %13s %9s %s\n' "$name" "$bytes" "$rule" "$pb_s" "$py_s" "$ratio" "$same"
  done
done
