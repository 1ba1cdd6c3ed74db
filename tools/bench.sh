#!/usr/bin/env bash
# Builds the release and prints what a first visit downloads: each file's size raw and gzip
# (level 9), per kind, and the total. Not a test: it only prints figures.
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/setup.sh
trunk build --release >/dev/null 2>&1 || trunk build --release
node tools/sizes.mjs dist
