#!/usr/bin/env bash
# CI for editors/web (called from .ci/run). On a clean clone it:
#   1. installs Debian's Chromium (apt) when it is missing, then npm ci,
#   2. builds dist/: monty.wasm (GOOS=js GOARCH=wasm) with wasm_exec.js and
#      the Monaco demo page, and prints the module's sizes,
#   3. runs the Go tests of the wasm API, the type test of monty.d.ts, the
#      API tests (node --test, against the real .wasm) and the end-to-end
#      test (headless Chromium + playwright-core on 127.0.0.1),
# and ends with "N passed, N failed" (exit 1 on any failure).
#
# Env: CHROMIUM (default /usr/bin/chromium).
set -uo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
export PATH="/usr/local/go/bin:$PATH"
export npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false
cd "$HERE"

PASS=0 FAIL=0
LOG="$HERE/build/ci"
mkdir -p "$LOG"
phase() { printf '\n== %s (%ss)\n' "$*" "$SECONDS"; }
broken() { echo "FAIL $1"; FAIL=$((FAIL + 1)); }
# add P F: adds counts read from a log.
add() { PASS=$((PASS + ${1:-0})) FAIL=$((FAIL + ${2:-0})); }

phase "Chromium (apt)"
CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then
  echo "already installed: $CHROMIUM"
else
  need=(chromium fonts-dejavu-core)
  if [ "$(id -u)" = 0 ]; then SUDO=(); else SUDO=(sudo); fi
  { "${SUDO[@]}" apt-get update -qq && DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -qq "${need[@]}"; } \
    >"$LOG/apt.log" 2>&1 || { tail -20 "$LOG/apt.log"; broken "apt-get install ${need[*]}"; }
fi

phase "npm ci"
npm ci --no-audit --no-fund >"$LOG/npm-ci.log" 2>&1 || { tail -30 "$LOG/npm-ci.log"; broken "npm ci"; }
tail -1 "$LOG/npm-ci.log"

phase "build: monty.wasm and the demo"
if node scripts/build.mjs 2>&1 | tee "$LOG/build.log"; then :; else broken "build"; fi
[ -f dist/monty.wasm ] && [ -f dist/app.js ] || broken "dist/ is incomplete"

phase "Go tests of the wasm API and lsp.Document"
(cd "$REPO" && go test -count=1 -v ./editors/web/... && go test -count=1 -v -run 'TestDocument' ./lsp) >"$LOG/go.log" 2>&1
grep -E '^(--- FAIL|FAIL|ok)' "$LOG/go.log"
add "$(grep -c '^--- PASS' "$LOG/go.log")" "$(grep -c '^--- FAIL' "$LOG/go.log")"
grep -qE '^(FAIL|panic:|# )' "$LOG/go.log" && ! grep -q '^--- FAIL' "$LOG/go.log" && { tail -20 "$LOG/go.log"; broken "go test"; }

phase "type test of lib/monty.d.ts"
if npx tsc -p test/types >"$LOG/tsc.log" 2>&1; then echo "ok"; add 1 0; else cat "$LOG/tsc.log"; add 0 1; fi

phase "API tests (node --test, real monty.wasm)"
node --test --test-reporter=tap test/api/ >"$LOG/api.log" 2>&1
grep -E '^not ok|^# (tests|pass|fail)' "$LOG/api.log"
p=$(grep -oE '^# pass [0-9]+' "$LOG/api.log" | grep -oE '[0-9]+$') f=$(grep -oE '^# fail [0-9]+' "$LOG/api.log" | grep -oE '[0-9]+$')
[ -n "$p" ] || broken "node --test did not finish"
add "$p" "$f"

phase "end-to-end test (headless Chromium, playwright-core)"
if [ -x "$CHROMIUM" ] && [ -f dist/app.js ]; then
  CHROMIUM="$CHROMIUM" node test/e2e/e2e.mjs 2>&1 | tee "$LOG/e2e.log"
  line=$(grep -oE 'e2e: [0-9]+ passed, [0-9]+ failed' "$LOG/e2e.log" | tail -1)
  [ -n "$line" ] || broken "e2e did not finish"
  add "$(echo "$line" | grep -oE '[0-9]+ passed' | grep -oE '[0-9]+')" "$(echo "$line" | grep -oE '[0-9]+ failed' | grep -oE '[0-9]+')"
else
  broken "e2e: no Chromium or no dist/"
fi

printf '\n== done (%ss); logs in %s, screenshots in %s\n' "$SECONDS" "$LOG" "$HERE/build/e2e"
echo "web: $PASS passed, $FAIL failed"
[ "$FAIL" -eq 0 ]
