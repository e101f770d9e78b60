#!/usr/bin/env bash
# Fuzzes the .pb reader, the fiscal data package reader and the API's request bodies, FUZZ_SECONDS each (default 600), with
# cargo fuzz (libFuzzer). New interesting inputs are added to crates/pb-core/fuzz/corpus/<target>; a
# crash is saved under
# crates/pb-core/fuzz/artifacts/ and must become a regression test in crates/pb-core/tests/.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${FUZZ_SECONDS:-600}

if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "fuzz: installing cargo-fuzz (a few minutes)"
  cargo install cargo-fuzz --locked --quiet
fi

cd crates/pb-core
# The machine has one stable toolchain; libFuzzer's sanitizer flags need RUSTC_BOOTSTRAP there.
RUSTC_BOOTSTRAP=1 cargo fuzz run pb_reader fuzz/corpus/pb_reader -- \
  -max_total_time="$seconds" -max_len=4096 -print_final_stats=1
RUSTC_BOOTSTRAP=1 cargo fuzz run fiscal_package fuzz/corpus/fiscal_package -- \
  -max_total_time="$seconds" -max_len=65536 -print_final_stats=1
RUSTC_BOOTSTRAP=1 cargo fuzz run api_bodies fuzz/corpus/api_bodies -- \
  -max_total_time="$seconds" -max_len=16384 -print_final_stats=1
