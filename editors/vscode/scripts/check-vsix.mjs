// Checks a built .vsix: its manifests agree with package.json, it holds the
// bundle and a monty-lsp of the right OS and CPU for each bundled target
// (by the executable's header, not its name), and nothing that should stay
// out (sources, node_modules, tests, maps) got in.
//
//   node scripts/check-vsix.mjs build/monty.vsix
//
// Prints one line per check and exits 1 if any failed.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import yauzl from 'yauzl';

const here = path.dirname(fileURLToPath(import.meta.url));
const pkg = JSON.parse(fs.readFileSync(path.join(here, '..', 'package.json'), 'utf8'));
const vsix = process.argv[2];
if (!vsix) {
  console.error('usage: node scripts/check-vsix.mjs FILE.vsix');
  process.exit(2);
}

/** Reads every entry of the zip: name → {data, mode}. */
function readZip(file) {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (err, zip) => {
      if (err) return reject(err);
      const entries = new Map();
      zip.on('entry', (e) => {
        if (e.fileName.endsWith('/')) return zip.readEntry();
        zip.openReadStream(e, (err2, stream) => {
          if (err2) return reject(err2);
          const chunks = [];
          stream.on('data', (c) => chunks.push(c));
          stream.on('end', () => {
            entries.set(e.fileName, { data: Buffer.concat(chunks), mode: (e.externalFileAttributes >>> 16) & 0o777 });
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(entries));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

/** The OS and CPU an executable is built for, from its header. */
export function exeKind(buf) {
  if (buf.length > 20 && buf.readUInt32BE(0) === 0x7f454c46) {
    const machine = buf.readUInt16LE(18);
    return { os: 'linux', cpu: { 0x3e: 'x64', 0xb7: 'arm64' }[machine] ?? `elf-machine-${machine}` };
  }
  if (buf.length > 8 && buf.readUInt32LE(0) === 0xfeedfacf) {
    const cpu = buf.readUInt32LE(4);
    return { os: 'darwin', cpu: { 0x01000007: 'x64', 0x0100000c: 'arm64' }[cpu] ?? `macho-cpu-${cpu}` };
  }
  if (buf.length > 0x40 && buf.toString('latin1', 0, 2) === 'MZ') {
    const pe = buf.readUInt32LE(0x3c);
    if (buf.toString('latin1', pe, pe + 4) === 'PE\0\0') {
      const machine = buf.readUInt16LE(pe + 4);
      return { os: 'win32', cpu: { 0x8664: 'x64', 0xaa64: 'arm64' }[machine] ?? `pe-machine-${machine}` };
    }
  }
  return { os: 'unknown', cpu: 'unknown' };
}

let passed = 0;
let failed = 0;
function check(ok, what) {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
}

const entries = await readZip(vsix);
const names = [...entries.keys()];
const text = (n) => entries.get(n)?.data.toString('utf8') ?? '';

// Manifests.
check(entries.has('extension.vsixmanifest'), 'extension.vsixmanifest present');
const manifest = text('extension.vsixmanifest');
const identity = /<Identity[^>]*>/.exec(manifest)?.[0] ?? '';
check(identity.includes(`Id="${pkg.name}"`) && identity.includes(`Publisher="${pkg.publisher}"`) && identity.includes(`Version="${pkg.version}"`),
  `manifest identity is ${pkg.publisher}.${pkg.name} ${pkg.version}: ${identity}`);
check(manifest.includes(`Microsoft.VisualStudio.Code.Engine" Value="${pkg.engines.vscode}"`), `manifest engine ${pkg.engines.vscode}`);
check(!/TargetPlatform=/.test(identity), 'universal package (no target platform): it holds every binary');
let inner = {};
try {
  inner = JSON.parse(text('extension/package.json'));
} catch {
  // reported by the checks below
}
check(inner.publisher === 'monty-tools' && inner.name === pkg.name && inner.version === pkg.version, 'extension/package.json: monty-tools publisher, name and version');
check(inner.main === './dist/extension.js' && entries.has('extension/dist/extension.js'), 'main is the bundled extension/dist/extension.js');
check(inner.license === 'MIT' && (entries.has('extension/LICENSE.txt') || entries.has('extension/LICENSE')), 'MIT license and its file present');
check(/monty/i.test(text('extension/readme.md') || text('extension/README.md')), 'README present');
check(!inner.icon || entries.has(`extension/${inner.icon}`), `icon ${inner.icon ?? '(none)'} present`);
check(inner.repository?.url?.includes('github.com/monty-tools/monty-tools'), 'repository url');
for (const f of ['extension/language-configuration.json', 'extension/syntaxes/monty.tmLanguage.json']) check(entries.has(f), `${f} present`);

// The bundle must not need node_modules: vscode-languageclient is inside it.
const bundle = text('extension/dist/extension.js');
check(bundle.includes('vscode-languageclient') || bundle.includes('LanguageClient'), 'bundle contains the language client');
check(!/require\(["']vscode-languageclient/.test(bundle), 'bundle does not require vscode-languageclient at run time');

// Binaries: one per target, of the right OS and CPU, executable.
for (const t of ['linux-x64', 'linux-arm64', 'darwin-x64', 'darwin-arm64', 'win32-x64']) {
  const [os, cpu] = t.split('-');
  const name = `extension/bin/${t}/monty-lsp${os === 'win32' ? '.exe' : ''}`;
  const e = entries.get(name);
  if (!e) {
    check(false, `${name} present`);
    continue;
  }
  const k = exeKind(e.data);
  const mb = e.data.length / 1e6;
  check(k.os === os && k.cpu === cpu, `${name}: ${k.os}/${k.cpu}, ${mb.toFixed(1)} MB`);
  check(mb < 20, `${name} is stripped (under 20 MB)`);
  if (os !== 'win32') check(e.mode === 0 || (e.mode & 0o111) === 0o111, `${name} mode ${e.mode.toString(8)} (executable, or unset and fixed at start-up)`);
}

// What must stay out.
const stray = names.filter((n) => /(^|\/)node_modules\/|\.ts$|\.map$|^extension\/(src|test|out|scripts)\/|\.vsix$/.test(n) && !n.endsWith('.d.ts'));
check(stray.length === 0, `no sources, tests, maps or node_modules (${stray.slice(0, 5).join(', ') || 'none'})`);
const size = fs.statSync(vsix).size;
check(size < 60e6, `vsix size ${(size / 1e6).toFixed(1)} MB (limit 60 MB), ${names.length} files`);

console.log(`check-vsix: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
