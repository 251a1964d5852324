#!/usr/bin/env node
// End-to-end test in a real VS Code: code-server 4.100.3 (VS Code 1.100.3)
// in Debian's headless Chromium, driven by playwright-core, as set up by
// ../shared/vscode-e2e/setup.sh. It installs build/monty.vsix, opens a copy
// of testdata/example and checks, through the workbench's DOM:
//   diagnostics   squiggles and the status bar's problem count equal what
//                 `monty-lsp check --json` reports for the file
//   status bar    our item shows the running server and the profile
//   format        saving an untidy file rewrites it to exactly what the
//                 server's formatting returns (or, for a server that does
//                 not format, leaves it alone and says so in the server log)
//   run           "Monty: Run Current File" prints output, result and the
//                 external calls (or names the binary as lacking `run`)
//   debug         "Monty: Debug Current File" on a file with a breakpoint
//                 stops there with the mocked value in the Variables view,
//                 and Continue runs it to the end (or the binary is named
//                 as lacking `dap`)
//   restart       "Monty: Restart Server" brings the diagnostics back
// Screenshots go to OUTDIR (default build/e2e). Prints one line per check
// and "e2e: N passed, N failed"; exits 1 on a failure.
//
//   node test/e2e/e2e.mjs [--vsix build/monty.vsix] [--out DIR] [--keep]
//
// Env: CS_PREFIX (default /tmp/code-server), CHROMIUM (default /usr/bin/chromium).
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const extDir = path.resolve(here, '../..');
const PREFIX = process.env.CS_PREFIX || '/tmp/code-server';
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const ENTRY = path.join(PREFIX, 'node_modules/code-server/out/node/entry.js');

const argv = process.argv.slice(2);
const opt = (name, def) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : def;
};
const vsix = path.resolve(opt('--vsix', path.join(extDir, 'build/monty.vsix')));
const outDir = path.resolve(opt('--out', path.join(extDir, 'build/e2e')));
const keep = argv.includes('--keep');
const T = 90_000;
const W = 1280;
const H = 800;

if (!fs.existsSync(ENTRY)) {
  console.error(`e2e: code-server not found at ${ENTRY}; run ../shared/vscode-e2e/setup.sh (or set CS_PREFIX)`);
  process.exit(2);
}
if (!fs.existsSync(vsix)) {
  console.error(`e2e: ${vsix} not found; run npm run package first`);
  process.exit(2);
}
const { chromium } = createRequire(path.join(PREFIX, 'package.json'))('playwright-core');
// The compiled client-test helpers (npm run compile-tests) give the reference answers.
const require = createRequire(import.meta.url);
const { Session, applyEdits, fileUri } = require(path.join(extDir, 'out/test/client/session.js'));
const { hasSubcommand } = require(path.join(extDir, 'out/src/probe.js'));

// ---- the workspace: a copy of the example, an untidy file, a file to run ----
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'monty-e2e-'));
const ws = path.join(tmp, 'example');
fs.cpSync(path.resolve(extDir, '../../testdata/example'), ws, { recursive: true });
const untidy = "x=1\nif x :\n    y = {'a':1,'b' : [1,2 ,3]}\nprint( y )\n";
fs.writeFileSync(path.join(ws, 'rules/untidy.py'), untidy);
fs.writeFileSync(path.join(ws, 'rules/greet.py'), 'c = get_customer(customer_id)\nprint("customer", customer_id, c["tier"])\nlen(customer_id)\n');
fs.mkdirSync(path.join(ws, 'mocks'));
fs.writeFileSync(path.join(ws, 'mocks/greet.json'), JSON.stringify({ get_customer: { return: { tier: 'gold' } } }));
fs.mkdirSync(path.join(ws, '.vscode'));
fs.writeFileSync(
  path.join(ws, '.vscode/launch.json'),
  JSON.stringify({ version: '0.2.0', configurations: [{ type: 'monty', request: 'launch', name: 'greet c-42', program: '${workspaceFolder}/rules/greet.py',
    inputs: { customer_id: 'c-42' }, mocks: '${workspaceFolder}/mocks/greet.json' }] }, null, 2),
);

// ---- what the bundled server says, outside the editor ----
const binary = path.join(extDir, 'bin', `${process.platform}-${process.arch}`, process.platform === 'win32' ? 'monty-lsp.exe' : 'monty-lsp');
function checkJson(rel) {
  try {
    return JSON.parse(execFileSync(binary, ['check', '--json', rel], { cwd: ws, encoding: 'utf8' }));
  } catch (e) {
    if (e.stdout) return JSON.parse(e.stdout);
    throw e;
  }
}
const legacyDiags = checkJson('rules/legacy.py');
const want = { errors: legacyDiags.filter((d) => d.severity === 'error').length, warnings: legacyDiags.filter((d) => d.severity === 'warning').length };
const hasRun = await hasSubcommand(binary, 'run');
const hasDap = await hasSubcommand(binary, 'dap');
let expectedFormatted;
{
  const s = new Session(binary);
  const init = await s.initialize(ws);
  if (init.capabilities.documentFormattingProvider) {
    const text = untidy + ' ';
    const uri = await s.open(path.join(ws, 'rules/untidy.py'), text);
    expectedFormatted = applyEdits(text, (await s.format(uri)) ?? []);
  }
  await s.close();
}

// ---- checks ----
let passed = 0;
let failed = 0;
function check(ok, what) {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
}
async function step(name, f) {
  try {
    await f();
  } catch (e) {
    // The first lines of a playwright error say which locator and why.
    check(false, `${name}: ${e.message.split('\n').slice(0, 6).join(' / ')}`);
    await page?.screenshot({ path: path.join(outDir, `fail-${name}.png`) }).catch(() => {});
  }
}

// ---- code-server and the browser ----
const userData = path.join(tmp, 'user-data');
const extensions = path.join(tmp, 'extensions');
const configFile = path.join(tmp, 'config.yaml');
fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
fs.writeFileSync(configFile, 'auth: none\ncert: false\n');
fs.writeFileSync(
  path.join(userData, 'User/settings.json'),
  JSON.stringify({
    'security.workspace.trust.enabled': false,
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'git.openRepositoryInParentFolders': 'never',
    'files.autoSave': 'off',
    'editor.minimap.enabled': false,
  }),
);
const csArgs = ['--user-data-dir', userData, '--extensions-dir', extensions, '--config', configFile];
const csEnv = { ...process.env, XDG_DATA_HOME: path.join(tmp, 'xdg-data'), XDG_CONFIG_HOME: path.join(tmp, 'xdg-config') };

async function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const p = s.address().port;
      s.close(() => resolve(p));
    });
  });
}

let server;
let context;
let page;
const t0 = Date.now();
const secs = () => ((Date.now() - t0) / 1000).toFixed(0);
const watchdog = setTimeout(() => {
  console.error('e2e: overall timeout (6 min)');
  cleanup().then(() => process.exit(3));
}, 6 * 60_000);

async function cleanup() {
  try {
    if (context) await context.close();
  } catch {}
  if (server && server.exitCode === null) {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {}
  }
  if (keep) console.error(`e2e: kept ${tmp}`);
  else fs.rmSync(tmp, { recursive: true, force: true });
}

/**
 * Opens the quick input with a key. The key only reaches the workbench when
 * it has the focus, so focus the editor area (or the workbench) first, and
 * try again once if the widget does not show.
 */
async function quickInput(key) {
  const input = page.locator('.quick-input-widget input');
  for (let attempt = 0; ; attempt++) {
    await page.keyboard.press('Escape');
    const editor = page.locator('.editor-instance .monaco-editor .view-lines').first();
    // force: the click only focuses the editor, and an editor whose code
    // lens is being laid out again never counts as "stable".
    if (await editor.isVisible().catch(() => false)) await editor.click({ position: { x: 5, y: 5 }, force: true });
    else await page.locator('.monaco-workbench').click({ position: { x: W / 2, y: H / 3 } });
    await page.keyboard.press(key);
    try {
      await input.waitFor({ state: 'visible', timeout: attempt === 0 ? 10_000 : T });
      return;
    } catch (e) {
      if (attempt > 0) throw e;
    }
  }
}

/** Opens a workspace file through Quick Open. */
async function openFile(rel) {
  await quickInput('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.fill(rel);
  // Recently opened files are listed at once; wait until the search has put the file first.
  const base = path.basename(rel);
  await until(async () => (await page.locator('.quick-input-list .monaco-list-row').first().innerText()).includes(base), `${base} in Quick Open`, T);
  await page.keyboard.press('Enter');
  await page.locator(`.tabs-container .tab.active[aria-label*="${path.basename(rel)}"]`).first().waitFor({ timeout: T });
  await page.locator('.editor-instance .monaco-editor .view-lines .view-line').first().waitFor({ timeout: T });
}

/** Runs a command from the Command Palette by its title. */
async function command(title) {
  await quickInput('F1');
  const input = page.locator('.quick-input-widget input');
  await input.fill(`>${title}`);
  // Click the row: the first one may be a longer title that also matches.
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
  await row.waitFor({ timeout: T });
  await row.click();
}

/** Waits until f() returns a truthy value. */
async function until(f, what, timeout = T) {
  const end = Date.now() + timeout;
  for (;;) {
    const v = await f().catch(() => undefined);
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

const problemCounts = async () => {
  const label = (await page.locator('#status\\.problems').first().getAttribute('aria-label')) ?? '';
  const n = (re) => Number(re.exec(label)?.[1] ?? 0);
  return { errors: n(/Errors?: (\d+)/), warnings: n(/Warnings?: (\d+)/), label };
};
// Monaco renders spaces as no-break spaces.
const panelText = async () => (await page.locator('.part.panel .monaco-editor .view-lines').allInnerTexts()).join('\n').replace(/\u00a0/g, ' ');
const montyStatus = () => page.locator('.statusbar-item', { hasText: 'Monty' }).first();

try {
  fs.mkdirSync(outDir, { recursive: true });
  execFileSync(process.execPath, [ENTRY, ...csArgs, '--install-extension', vsix], { stdio: ['ignore', 'pipe', 'pipe'], env: csEnv });
  check(fs.readdirSync(extensions).some((d) => d.startsWith('monty-tools.monty-')), `code-server installed ${path.basename(vsix)}`);

  const port = await freePort();
  const log = fs.openSync(path.join(tmp, 'code-server.log'), 'w');
  server = spawn(
    process.execPath,
    [ENTRY, ...csArgs, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check',
      '--disable-workspace-trust', '--disable-getting-started-override', '--ignore-last-opened', ws],
    { detached: true, stdio: ['ignore', log, log], env: csEnv },
  );
  const base = `http://127.0.0.1:${port}`;
  await until(async () => (await fetch(`${base}/healthz`)).status < 500, 'code-server', T);
  context = await chromium.launchPersistentContext(path.join(tmp, 'chromium-profile'), {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: W, height: H },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${base}/?folder=${encodeURIComponent(ws)}`);
  await page.locator('.monaco-workbench').waitFor({ timeout: T });
  await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: T }).catch(() => {});
  console.log(`e2e: workbench up after ${secs()} s`);

  await step('diagnostics', async () => {
    await openFile('rules/legacy.py');
    await page.locator('.monaco-editor .squiggly-error').first().waitFor({ state: 'attached', timeout: T });
    const got = await until(async () => {
      const c = await problemCounts();
      return c.errors === want.errors ? c : undefined;
    }, `the status bar to count ${want.errors} errors`, 30_000).catch(async () => problemCounts());
    check(got.errors === want.errors && got.warnings === want.warnings,
      `Problems count "${got.label}" equals monty-lsp check's ${want.errors} errors, ${want.warnings} warnings for legacy.py`);
    await page.keyboard.press('Control+Shift+M');
    const row = page.locator('.markers-panel .monaco-list-row', { hasText: 'pattern matching' }).first();
    await row.waitFor({ timeout: T });
    check(/M103/.test(await row.innerText()), 'the Problems panel lists M103 (the match statement) from source monty');
    const squiggle = page.locator('.monaco-editor .squiggly-error').nth(2);
    const box = await squiggle.boundingBox();
    if (box) {
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.locator('.monaco-hover').first().waitFor({ state: 'visible', timeout: 10_000 }).catch(() => {});
    }
    await page.waitForTimeout(800);
    await page.screenshot({ path: path.join(outDir, 'diagnostics.png') });
    await page.mouse.move(W - 5, 5);
  });

  await step('status', async () => {
    const text = await until(async () => {
      const t = await montyStatus().innerText();
      return /Monty 0\.0\.23/.test(t) ? t : undefined;
    }, 'the Monty status bar item', 20_000);
    const icon = await montyStatus().locator('.codicon-check').count();
    check(icon > 0, `status bar item "${text.trim()}" shows a running server (check icon) and the monty.toml profile`);
  });

  await step('format', async () => {
    await openFile('rules/untidy.py');
    await page.locator('.editor-instance .monaco-editor .view-lines').first().click({ force: true });
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' ');
    await page.keyboard.press('Control+S');
    const file = path.join(ws, 'rules/untidy.py');
    if (expectedFormatted !== undefined) {
      const disk = await until(async () => {
        const d = fs.readFileSync(file, 'utf8');
        return d !== untidy && d !== untidy + ' ' ? d : undefined;
      }, 'the formatted file on disk', 30_000);
      check(disk === expectedFormatted, `format on save wrote the server's formatting to disk (${JSON.stringify(disk.slice(0, 40))}...)`);
      await page.screenshot({ path: path.join(outDir, 'format.png') });
    } else {
      await until(async () => fs.readFileSync(file, 'utf8') === untidy + ' ', 'the saved file', 30_000);
      await command('Monty: Show Server Log');
      const log = await until(async () => {
        const t = await panelText();
        return /does not offer formatting/.test(t) ? t : undefined;
      }, 'the server log line about formatting', 20_000);
      check(/does not offer formatting/.test(log), 'server without formatting: the file is saved as typed and the server log says why');
    }
  });

  await step('run', async () => {
    await openFile('rules/greet.py');
    await command('Monty: Run Current File');
    if (hasRun) {
      // The channel is an editor that shows only the lines in view: wait
      // until they all are, not just the last one.
      const complete = (t) => /customer c-42 gold/.test(t) && /--- result ---\s*\n\s*4\b/.test(t) && /external calls \(1\) ---\s*1\. get_customer\("c-42"\) -> \{"tier":"gold"\}/.test(t);
      const out = await until(async () => {
        const t = await panelText();
        return /run finished/.test(t) && complete(t) ? t : undefined;
      }, 'the run to finish in the Monty Run channel', 60_000).catch(() => panelText());
      check(complete(out),
        'Run Current File printed output, result 4 and the external call, with inputs and mocks from launch.json');
    } else {
      const toast = page.locator('.notification-toast', { hasText: 'needs `monty-lsp run`' }).first();
      await toast.waitFor({ timeout: 30_000 });
      const out = await panelText();
      check(/needs `monty-lsp run`/.test(out) && /--input customer_id="c-42" --mocks mocks\/greet\.json rules\/greet\.py/.test(out),
        'older server: Run Current File shows the command with launch.json inputs and says the binary lacks `run`');
    }
    await page.waitForTimeout(500);
    await page.screenshot({ path: path.join(outDir, 'run.png') });
  });

  await step('debug', async () => {
    await openFile('rules/greet.py');
    // A breakpoint on line 2, after the mocked get_customer call.
    await quickInput('Control+G');
    await page.keyboard.type('2');
    await page.keyboard.press('Enter');
    await page.keyboard.press('F9');
    await page.locator('.monaco-editor .codicon-debug-breakpoint').first().waitFor({ state: 'attached', timeout: 20_000 });
    await command('Monty: Debug Current File');
    if (hasDap) {
      // Stopped at the breakpoint: the call stack says so and the
      // Variables view shows c, the mocked customer.
      await page.getByText(/Paused on breakpoint/i).first().waitFor({ timeout: 60_000 });
      const rows = async () => (await page.locator('.monaco-list-row').allInnerTexts()).map((t) => t.replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim());
      const vars = await until(async () => {
        const r = await rows();
        return r.some((t) => /^c\s*[=:]\s*\{'tier': 'gold'\}$/.test(t)) ? r : undefined;
      }, "c = {'tier': 'gold'} in the Variables view", 30_000);
      const frame = vars.find((t) => t.startsWith('<module>')) ?? '';
      check(vars.some((t) => /^customer_id\s*[=:]\s*'c-42'$/.test(t)) && /greet\.py 2:1/.test(frame),
        `Monty: Debug Current File stopped at the breakpoint (call stack "${frame}") with c = {'tier': 'gold'} from the mock in the Variables view`);
      await page.screenshot({ path: path.join(outDir, 'debug-breakpoint.png') });
      await command('Debug: Continue');
      await page.locator('.debug-toolbar').waitFor({ state: 'hidden', timeout: 60_000 });
      // The panel may show another view once the session ends: bring the
      // Debug Console back to read it.
      await page.getByRole('tab', { name: /Debug Console/i }).first().click();
      const out = await until(async () => {
        const t = (await page.locator('.repl .monaco-list-row').allInnerTexts()).join('\n');
        return /customer c-42 gold/.test(t) && /^4$/m.test(t) ? t : undefined;
      }, 'the program output and result in the Debug Console', 30_000);
      check(/customer c-42 gold/.test(out), 'after Continue the program ran to the end: output and result 4 in the Debug Console, the session ended');
    } else {
      const toast = page.locator('.notification-toast', { hasText: 'needs `monty-lsp dap`' }).first();
      await toast.waitFor({ timeout: 30_000 });
      check(true, 'older server: starting the monty debugger says the binary lacks `dap`');
    }
    await page.screenshot({ path: path.join(outDir, 'debug.png') });
  });

  await step('restart', async () => {
    await openFile('rules/legacy.py');
    await command('Monty: Restart Server');
    await until(async () => (await montyStatus().locator('.codicon-check').count()) > 0, 'the server to run again', 30_000);
    await page.locator('.monaco-editor .squiggly-error').first().waitFor({ state: 'attached', timeout: T });
    const c = await until(async () => {
      const x = await problemCounts();
      return x.errors === want.errors ? x : undefined;
    }, 'the diagnostics after the restart', 30_000);
    check(c.errors === want.errors, `after Restart Server the diagnostics are back (${c.label})`);
  });
} catch (e) {
  check(false, `e2e setup: ${e.message.split('\n')[0]}`);
  try {
    console.error(fs.readFileSync(path.join(tmp, 'code-server.log'), 'utf8').split('\n').slice(-20).join('\n'));
  } catch {}
} finally {
  clearTimeout(watchdog);
  await cleanup();
}
console.log(`e2e: screenshots in ${outDir} (${secs()} s)`);
console.log(`e2e: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
