#!/usr/bin/env bash
# Runs every test layer, stopping at the first failing layer:
#   0.   habits: rustfmt, clippy (native and wasm32) with warnings as errors, Biome on the JS
#   1+2. native cargo test: domain, storage logic, translations, and every screen rendered (SSR)
#   3.   wasm-bindgen-test in headless Chromium: the browser storage
#   4.   Playwright on the release build at tablet size: journeys, axe-core, no network
set -euo pipefail
cd "$(dirname "$0")"
source tools/setup.sh --browser

LOGS="$(mktemp -d)"
trap 'rm -rf "$LOGS"' EXIT

echo "== layer 0: formatting and lints"
cargo fmt --check
cargo clippy --locked --all-targets -- -D warnings
cargo clippy --locked --target wasm32-unknown-unknown --lib --bins --tests -- -D warnings
npm run --silent lint:js

echo "== layers 1 and 2: native tests (domain, translations, server-side rendering)"
cargo test --locked 2>&1 | tee "$LOGS/native.log"

echo "== layer 3: browser services in headless Chromium"
CHROMEDRIVER=/usr/bin/chromedriver WASM_BINDGEN_TEST_TIMEOUT=60 \
  cargo test --locked --target wasm32-unknown-unknown --test browser 2>&1 | tee "$LOGS/wasm.log"

echo "== layer 4: end-to-end on the release build"
trunk build --release 2>&1 | tail -n 3
node --test --test-concurrency=1 tests/e2e/ 2>&1 | tee "$LOGS/e2e.log"

# One closing line over all layers (each layer above already failed the script on a failure).
passed=$(grep -hoE 'test result: ok\. [0-9]+ passed' "$LOGS/native.log" "$LOGS/wasm.log" | awk '{ s += $4 } END { print s + 0 }')
e2e_passed=$(grep -oE '^# pass [0-9]+' "$LOGS/e2e.log" | grep -oE '[0-9]+' || echo 0)
e2e_failed=$(grep -oE '^# fail [0-9]+' "$LOGS/e2e.log" | grep -oE '[0-9]+' || echo 0)
echo "total: $((passed + e2e_passed)) passed, $e2e_failed failed"
