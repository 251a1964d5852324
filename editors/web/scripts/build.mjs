// Builds editors/web: the WebAssembly module (dist/monty.wasm with Go's
// wasm_exec.js) and, unless --wasm-only, the demo page (dist/index.html,
// app.js, app.css, editor.worker.js, fonts). Prints the module's sizes.
//
//   node scripts/build.mjs [--wasm-only | --demo-only] [--no-strip]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const HERE = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const REPO = path.resolve(HERE, '../..');
const DIST = path.join(HERE, 'dist');
const BUILD = path.join(HERE, 'build');
const args = new Set(process.argv.slice(2));
const go = process.env.GO || (fs.existsSync('/usr/local/go/bin/go') ? '/usr/local/go/bin/go' : 'go');

fs.mkdirSync(DIST, { recursive: true });
fs.mkdirSync(BUILD, { recursive: true });

function buildWasm() {
  const t0 = Date.now();
  const out = path.join(DIST, 'monty.wasm');
  // -s -w drop the symbol table and DWARF: about a fifth of the module.
  const ldflags = args.has('--no-strip') ? '' : '-s -w';
  execFileSync(go, ['build', '-trimpath', `-ldflags=${ldflags}`, '-o', out, './editors/web/wasm'],
    { cwd: REPO, stdio: 'inherit', env: { ...process.env, GOOS: 'js', GOARCH: 'wasm' } });
  // wasm_exec.js must come from the toolchain that built the module.
  const goroot = execFileSync(go, ['env', 'GOROOT'], { encoding: 'utf8' }).trim();
  const glue = ['lib/wasm/wasm_exec.js', 'misc/wasm/wasm_exec.js'].map((p) => path.join(goroot, p)).find((p) => fs.existsSync(p));
  if (!glue) throw new Error(`no wasm_exec.js under ${goroot}`);
  fs.copyFileSync(glue, path.join(DIST, 'wasm_exec.js'));
  const data = fs.readFileSync(out);
  const gz = zlib.gzipSync(data, { level: 9 }).length;
  const br = zlib.brotliCompressSync(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  const mb = (n) => (n / 1e6).toFixed(2) + ' MB';
  console.log(`built dist/monty.wasm in ${((Date.now() - t0) / 1000).toFixed(1)}s: ${data.length} bytes raw (${mb(data.length)}), `
    + `${gz} gzip -9 (${mb(gz)}), ${br} brotli (${mb(br)})${ldflags ? '' : ' [not stripped]'}`);
}

// monacoEntry writes an entry module with everything editor.main.js
// imports except the languages (only Python's tokenizer is wanted, and the
// CSS/HTML/JSON/TypeScript services need workers of their own).
function monacoEntry() {
  const main = path.join(HERE, 'node_modules/monaco-editor/esm/vs/editor/editor.main.js');
  const dir = path.dirname(main);
  const lines = fs.readFileSync(main, 'utf8').split('\n');
  const keep = [];
  for (const line of lines) {
    const m = /^import '(.+)';$/.exec(line);
    if (m && !m[1].includes('/languages/')) keep.push(`import ${JSON.stringify(path.resolve(dir, m[1]))};`);
    const e = /^export \{ (.+) \} from '\.\/editor\.api\.js';$/.exec(line);
    if (e) keep.push(`export { ${e[1]} } from ${JSON.stringify(path.join(dir, 'editor.api.js'))};`);
  }
  if (!keep.some((l) => l.startsWith('export'))) throw new Error('editor.main.js has changed: no export of editor.api.js');
  keep.push(`import ${JSON.stringify(path.resolve(dir, '../languages/definitions/python/register.js'))};`);
  const entry = path.join(BUILD, 'monaco-entry.js');
  fs.writeFileSync(entry, keep.join('\n') + '\n');
  return entry;
}

async function buildDemo() {
  const t0 = Date.now();
  const esbuild = await import('esbuild');
  const entry = monacoEntry();
  const common = { bundle: true, minify: true, sourcemap: false, logLevel: 'warning', target: 'es2022',
    loader: { '.ttf': 'file' }, legalComments: 'linked' };
  await esbuild.build({ ...common, entryPoints: { app: path.join(HERE, 'demo/app.js') }, outdir: DIST, format: 'esm',
    alias: { 'monaco-editor-entry': entry }, external: ['node:*'] });
  await esbuild.build({ ...common, entryPoints: { 'editor.worker': path.join(HERE, 'node_modules/monaco-editor/esm/vs/editor/editor.worker.js') },
    outdir: DIST, format: 'iife' });
  for (const f of ['index.html', 'style.css']) fs.copyFileSync(path.join(HERE, 'demo', f), path.join(DIST, f));
  const sizes = ['app.js', 'app.css', 'editor.worker.js'].map((f) => `${f} ${(fs.statSync(path.join(DIST, f)).size / 1e6).toFixed(2)} MB`);
  console.log(`built demo in dist/ in ${((Date.now() - t0) / 1000).toFixed(1)}s: ${sizes.join(', ')}`);
}

if (!args.has('--demo-only')) buildWasm();
if (!args.has('--wasm-only')) await buildDemo();
