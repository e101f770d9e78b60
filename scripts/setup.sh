#!/usr/bin/env bash
# Installs, idempotently, every tool the build and tests need on a fresh machine of this kind.
# Each step is skipped when the tool is already present at the pinned version.
set -euo pipefail

TRUNK_VERSION=0.21.14
# Formats the `view!` markup that rustfmt skips; `make test` checks it.
LEPTOSFMT_VERSION=0.1.33
WASM_BINDGEN_VERSION=0.2.130
# Debian's binaryen 108 miscompiles the externref tables of current wasm-bindgen output.
BINARYEN_VERSION=132
# axe-core, injected into the app's pages by the accessibility test.
AXE_VERSION=4.14.1
AXE_DIR="$HOME/.cache/bmk/axe-core-$AXE_VERSION"

log() { printf 'setup: %s\n' "$*"; }

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
command -v chromedriver >/dev/null 2>&1 || need_apt+=(chromium-driver)
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || need_apt+=(postgresql)
command -v brotli >/dev/null 2>&1 || need_apt+=(brotli)
if ((${#need_apt[@]})); then
  log "installing Debian packages: ${need_apt[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${need_apt[@]}" >/dev/null
else
  log "Debian packages present (chromium, chromium-driver, postgresql, brotli)"
fi

if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "wasm32-unknown-unknown target present"
else
  log "adding wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if [[ "$(trunk --version 2>/dev/null)" == "trunk $TRUNK_VERSION" ]]; then
  log "trunk $TRUNK_VERSION present"
else
  log "installing trunk $TRUNK_VERSION (several minutes)"
  cargo install trunk --version "$TRUNK_VERSION" --locked --quiet
fi

if [[ "$(leptosfmt --version 2>/dev/null)" == "leptosfmt $LEPTOSFMT_VERSION" ]]; then
  log "leptosfmt $LEPTOSFMT_VERSION present"
else
  log "installing leptosfmt $LEPTOSFMT_VERSION (about a minute)"
  cargo install leptosfmt --version "$LEPTOSFMT_VERSION" --locked --quiet
fi

if [[ "$(wasm-bindgen --version 2>/dev/null)" == "wasm-bindgen $WASM_BINDGEN_VERSION" ]] &&
  command -v wasm-bindgen-test-runner >/dev/null 2>&1; then
  log "wasm-bindgen-cli $WASM_BINDGEN_VERSION present"
else
  log "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (a few minutes)"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force --quiet
fi

if [[ "$(wasm-opt --version 2>/dev/null)" == *"version $BINARYEN_VERSION "* ]]; then
  log "wasm-opt $BINARYEN_VERSION present"
else
  log "installing wasm-opt $BINARYEN_VERSION (npm package binaryen)"
  npm install --global --silent --no-audit --no-fund "binaryen@$BINARYEN_VERSION"
  hash -r
  [[ "$(wasm-opt --version)" == *"version $BINARYEN_VERSION "* ]] ||
    { log "wasm-opt on PATH is not version $BINARYEN_VERSION: $(command -v wasm-opt)"; exit 1; }
fi

if [[ -f "$AXE_DIR/node_modules/axe-core/axe.min.js" ]]; then
  log "axe-core $AXE_VERSION present"
else
  log "installing axe-core $AXE_VERSION (npm) into $AXE_DIR"
  mkdir -p "$AXE_DIR"
  npm install --prefix "$AXE_DIR" --silent --no-audit --no-fund "axe-core@$AXE_VERSION"
fi

scripts_dir=$(dirname "$0")
log "pabutools for the differential tests: $("$scripts_dir/pabutools-env.sh")"

log "done"
