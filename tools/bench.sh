#!/usr/bin/env bash
# Issue #9's benchmark ("Fast on a cheap tablet"): builds the release, then prints the download
# size, start-up (cold, warm, against a static page of the same size), input latency and memory
# on a large dossier, the print preparation and Lighthouse scores, each next to its target.
# Not a test: it only prints, and exits 0 when a target is missed (the size gate is the test).
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/setup.sh --browser

# Lighthouse is for this benchmark only: pinned, in a folder of its own that the tests never see.
# 12.8.2 is the newest Lighthouse that runs on Debian's Node 20 (13.x wants Node 22.19).
LIGHTHOUSE_VERSION="12.8.2"
installed="$(node -p "require('./tools/.bench-deps/node_modules/lighthouse/package.json').version" 2>/dev/null || true)"
if [ "$installed" != "$LIGHTHOUSE_VERSION" ]; then
  say "installing lighthouse $LIGHTHOUSE_VERSION into tools/.bench-deps (benchmark only)"
  npm install --prefix tools/.bench-deps --no-save --no-audit --no-fund --loglevel=error "lighthouse@$LIGHTHOUSE_VERSION"
fi

trunk build --release >/dev/null 2>&1 || trunk build --release
# The large dossier's fixture, built once here so the benchmark's timings do not wait for it.
cargo build --quiet --example large_dossier
node tools/bench.mjs dist "$@"
