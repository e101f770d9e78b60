# Two commands matter: `make run` and `make test` (`make demo` tries it on example data). All install what
# is missing first.
SHELL := /bin/bash
CARGO_BIN := $(HOME)/.cargo/bin
export PATH := $(CARGO_BIN):$(PATH)

.PHONY: setup build run demo test bench fuzz dev fmt

## Install the toolchain (wasm32 target, trunk, wasm-bindgen-cli, wasm-opt, Chromium); idempotent.
setup:
	@bash scripts/setup.sh

## Build the citizen app for release into dist/, and the staff console (its own bundle) into dist-console/.
build: setup
	trunk build --release --offline
	cd console && trunk build --release --offline

## Build, then serve the app and the API at http://127.0.0.1:8080 with SQLite under ./var/.
run: build
	cargo run --release -p endpoint -- --addr 127.0.0.1:8080 --dist dist --console-dist dist-console --log-format text

## Build, then serve the demonstration at http://127.0.0.1:8080: its own database (var/demo.db), seeded on
## the first start with an example process; prints the staff accounts and voter codes to try it with.
demo: build
	cargo run --release -p endpoint -- --demo --addr 127.0.0.1:8080 --dist dist --console-dist dist-console --log-format text

## Format the Rust code (rustfmt) and the view! markup (leptosfmt, .leptosfmt.toml), as `make test` checks.
fmt: setup
	leptosfmt --quiet --config-file .leptosfmt.toml src console/src tests
	cargo fmt --all

## Formatting, lints, native tests, wasm component tests, end-to-end browser tests.
test: setup
	@bash scripts/test.sh

## Ballot load on the release endpoint (BENCH_LOAD_ARGS), then `pb outcome` against pabutools on every
## instance of ../shared/pabulib, if present (BENCH_RULES, BENCH_TIMEOUT).
bench: setup
	@bash scripts/bench.sh

## Fuzz the .pb reader, the fiscal package reader and the API bodies, FUZZ_SECONDS each (default 600); not in `make test`.
fuzz:
	@bash scripts/fuzz.sh

# For `make dev`: where the running endpoint's API is, the port of the dev server, and what it watches.
DEV_API ?= http://127.0.0.1:8080/api/
DEV_PORT ?= 8081
DEV_WATCH ?= src style public locales sw index.html Cargo.toml build.rs crates/pb-core/src crates/pb-core/Cargo.toml

## Edit-reload loop, not part of `make run` or `make test`: `trunk serve` rebuilds the app (dev profile, into
## dist-dev/) on every change and serves it at http://127.0.0.1:8081 (DEV_PORT), passing /api/ to a running
## endpoint (DEV_API).
dev: setup
	trunk serve --port $(DEV_PORT) --dist dist-dev --proxy-backend $(DEV_API) $(addprefix --watch ,$(DEV_WATCH))
