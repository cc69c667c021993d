#!/usr/bin/env bash
# npm test: every check and test suite, as CI runs them. Ends with one line
# "N passed, N failed" and exits non-zero when anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p test-results
rm -f test-results/vitest.json test-results/e2e.json

# Browser tests drive Debian's Chromium (never a downloaded browser); the PDF
# tests read the leaflet with poppler's pdftotext, and the PDFs embed Noto Sans
# (Latin, Cyrillic, Bengali: fonts-noto-core); the webhook tests make their
# receiver's certificate with openssl; the load balancer tests run HAProxy; the
# alert rules are checked with promtool (Debian's prometheus package). The same
# packages .ci/run installs, so a newcomer's run is CI's.
missing_tools() {
  [ ! -x /usr/bin/chromium ] || ! command -v pdftotext >/dev/null || ! command -v openssl >/dev/null \
    || ! { command -v haproxy >/dev/null || [ -x /usr/sbin/haproxy ]; } || ! command -v promtool >/dev/null \
    || [ ! -f /usr/share/fonts/truetype/noto/NotoSansBengali-Regular.ttf ]
}
if missing_tools; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    echo "Installing Chromium, fonts, poppler-utils, openssl, HAProxy and promtool for the tests (apt-get)..."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-liberation fonts-noto-core poppler-utils openssl haproxy >/dev/null \
      && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends prometheus >/dev/null
  fi
  if missing_tools; then
    echo "The tests need Chromium at /usr/bin/chromium, the Noto fonts, pdftotext, openssl, haproxy and promtool. Install them with:"
    echo "  sudo apt-get install -y chromium fonts-liberation fonts-noto-core poppler-utils openssl haproxy && sudo apt-get install -y --no-install-recommends prometheus"
    echo "0 passed, 1 failed"
    exit 1
  fi
fi

# Checks count as one failure each; the suites' tests are counted from their
# JSON reports (a suite that wrote none counts as one failure).
gate_failures=0
gate() {
  local name=$1; shift
  echo "== $name"
  if ! "$@"; then
    echo "!! $name failed"
    gate_failures=$((gate_failures + 1))
  fi
}
suite_exit=0
suite() {
  local name=$1; shift
  echo "== $name"
  "$@"
  suite_exit=$?
  [ "$suite_exit" = 0 ] || echo "!! $name failed"
}

gate "typecheck" npm run --silent typecheck
gate "lint" npm run --silent lint
suite "unit and integration tests (vitest)" node_modules/.bin/vitest run \
  --reporter=default --reporter=json --outputFile.json=test-results/vitest.json
vitest_exit=$suite_exit
gate "production build" npm run --silent build
suite "browser tests (playwright)" node_modules/.bin/playwright test
e2e_exit=$suite_exit

node_modules/.bin/tsx scripts/support/summarise-tests.ts "$gate_failures" "$vitest_exit" "$e2e_exit"
