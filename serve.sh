#!/usr/bin/env bash
# Builds Trede and serves it on http://127.0.0.1:8080 (release build, as it ships).
# ./serve.sh --dev gives a faster, unoptimised build for development. Neither reloads the page by
# itself: reload by hand after a change.
set -euo pipefail
cd "$(dirname "$0")"
source tools/setup.sh
if [ "${1:-}" = "--dev" ]; then
  exec trunk serve --no-autoreload
fi
# No live reload: Trunk would put its reload script inline, which the strict CSP blocks.
exec trunk serve --release --no-autoreload
