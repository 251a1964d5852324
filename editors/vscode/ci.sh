#!/usr/bin/env bash
# CI for the VS Code extension (called from .ci/run). On a clean clone with
# ../shared beside the repository it:
#   1. installs code-server 4.100.3, Chromium and playwright-core with
#      ../shared/vscode-e2e/setup.sh (apt + npm; skipped when already there),
#   2. cross-compiles monty-lsp for the five bundled platforms (meanwhile),
#      npm ci --ignore-scripts, then npm run package: the esbuild bundle,
#      build/monty.vsix and its check,
#   3. runs the unit tests, the client tests against the real monty-lsp (the
#      language server, and `monty-lsp dap` driven by VS Code's own DAP test
#      client, @vscode/debugadapter-testsupport) and the end-to-end test in
#      code-server,
# and ends with "vscode: N passed, N failed, N skipped" (exit 1 on any failure).
#
# Env: CS_PREFIX (default /tmp/code-server), MONTY_SHARED (default ../shared
# beside the repository), CI_SKIP_E2E=1 to leave out the browser test.
set -uo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
SHARED="${MONTY_SHARED:-$REPO/../shared}"
export CS_PREFIX="${CS_PREFIX:-/tmp/code-server}"
export PATH="/usr/local/go/bin:$PATH"
export npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false
cd "$HERE"

PASS=0 FAIL=0 SKIP=0
LOG="$HERE/build/ci"
mkdir -p "$LOG"
phase() { printf '\n== %s (%ss)\n' "$*" "$SECONDS"; }
# count FILE: adds the "N passed, N failed[, N skipped]" or node --test summary of a log.
count() {
  local p f s
  p=$(grep -oE '(ℹ pass|# pass) [0-9]+' "$1" | tail -1 | grep -oE '[0-9]+$')
  f=$(grep -oE '(ℹ fail|# fail) [0-9]+' "$1" | tail -1 | grep -oE '[0-9]+$')
  s=$(grep -oE '(ℹ skipped|# skipped) [0-9]+' "$1" | tail -1 | grep -oE '[0-9]+$')
  if [ -z "$p" ]; then
    p=$(grep -oE '[0-9]+ passed, [0-9]+ failed' "$1" | tail -1 | grep -oE '^[0-9]+')
    f=$(grep -oE '[0-9]+ passed, [0-9]+ failed' "$1" | tail -1 | grep -oE '[0-9]+ failed' | grep -oE '[0-9]+')
  fi
  PASS=$((PASS + ${p:-0})) FAIL=$((FAIL + ${f:-0})) SKIP=$((SKIP + ${s:-0}))
}
# broken NAME: a step that must work for the tests to run failed.
broken() { echo "FAIL $1"; FAIL=$((FAIL + 1)); }

# The cross-compilation is the slowest step and needs only Go and node, so
# it runs while code-server and the npm packages are installed.
phase "monty-lsp for five platforms (in the background)"
node scripts/build-binaries.mjs >"$LOG/binaries.log" 2>&1 &
BIN_PID=$!

phase "code-server, Chromium, playwright-core ($CS_PREFIX)"
if [ -f "$CS_PREFIX/node_modules/code-server/out/node/entry.js" ] && [ -x /usr/bin/chromium ] \
   && [ -d "$CS_PREFIX/node_modules/playwright-core" ]; then
  echo "already installed"
elif [ -f "$SHARED/vscode-e2e/setup.sh" ]; then
  bash "$SHARED/vscode-e2e/setup.sh" "$CS_PREFIX" >"$LOG/setup.log" 2>&1 || { tail -30 "$LOG/setup.log"; broken "setup.sh"; }
  tail -3 "$LOG/setup.log"
else
  echo "no $SHARED/vscode-e2e/setup.sh: the e2e test cannot run"
  broken "e2e setup"
fi

phase "npm ci"
# --ignore-scripts: no dependency needs its install script here. esbuild
# finds its binary in @esbuild/<platform> without one, and keytar (an
# optional dependency of vsce, for publishing tokens) would try GitHub
# for a prebuilt and then compile.
npm ci --ignore-scripts --no-audit --no-fund >"$LOG/npm-ci.log" 2>&1 || { tail -30 "$LOG/npm-ci.log"; broken "npm ci"; }
tail -1 "$LOG/npm-ci.log"

phase "waiting for the binaries"
wait "$BIN_PID" || broken "go build of monty-lsp"
cat "$LOG/binaries.log"

phase "npm run package (bundle, vsix, check)"
if npm run package -- --keep-binaries >"$LOG/package.log" 2>&1; then
  grep -E '^(built|package:|check-vsix:)' "$LOG/package.log"
  echo "vsix: build/monty.vsix $(du -h build/monty.vsix | cut -f1) ($(stat -c %s build/monty.vsix) bytes)"
else
  grep -vE '^\s*[│├└]' "$LOG/package.log" | tail -40
fi
count "$LOG/package.log"
[ -f build/monty.vsix ] || broken "npm run package produced no vsix"

phase "unit tests"
if npx tsc -p . >"$LOG/tsc.log" 2>&1; then
  node --test --test-reporter=spec out/test/unit/ 2>&1 | tee "$LOG/unit.log" | grep -E '✖|ℹ (tests|pass|fail|skipped)'
  count "$LOG/unit.log"
else
  cat "$LOG/tsc.log"
  broken "tsc"
fi

phase "client tests (real monty-lsp)"
if [ -f out/test/client/session.js ]; then
  node --test --test-reporter=spec out/test/client/ 2>&1 | tee "$LOG/client.log" | grep -E '✔|✖|﹣|ℹ (tests|pass|fail|skipped)'
  count "$LOG/client.log"
fi

phase "end-to-end test (code-server $(node -p "require('$CS_PREFIX/node_modules/code-server/package.json').version" 2>/dev/null))"
if [ "${CI_SKIP_E2E:-}" = 1 ]; then
  echo "skipped (CI_SKIP_E2E=1)"
  SKIP=$((SKIP + 1))
elif [ -f build/monty.vsix ] && [ -f "$CS_PREFIX/node_modules/code-server/out/node/entry.js" ]; then
  node test/e2e/e2e.mjs 2>&1 | tee "$LOG/e2e.log"
  count "$LOG/e2e.log"
  grep -q 'e2e: [0-9]* passed' "$LOG/e2e.log" || broken "e2e did not finish"
else
  broken "e2e: no vsix or no code-server"
fi

printf '\n== done (%ss); logs in %s, screenshots in %s\n' "$SECONDS" "$LOG" "$HERE/build/e2e"
echo "vscode: $PASS passed, $FAIL failed, $SKIP skipped"
[ "$FAIL" -eq 0 ]
