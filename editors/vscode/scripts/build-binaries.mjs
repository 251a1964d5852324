// Cross-compiles monty-lsp into bin/<platform>-<arch>/ for every platform
// the extension bundles. Pure Go (CGO_ENABLED=0), -trimpath so that no
// build paths leak into the binaries, -s -w to drop symbols and DWARF
// (about a third of the size). The version comes from package.json.
//
//   node scripts/build-binaries.mjs [--only linux-x64,...] [--jobs N]
//
// Two builds run at a time by default: each go build is parallel while it
// compiles but links on one core, so a second build fills the gaps.
//
// Go is taken from $GO, else `go` on PATH, else /usr/local/go/bin/go. The
// sources are this repository's, or $MONTY_SRC's (another checkout).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const extDir = path.resolve(here, '..');
const repo = path.resolve(process.env.MONTY_SRC || path.join(extDir, '../..'));
const pkg = JSON.parse(fs.readFileSync(path.join(extDir, 'package.json'), 'utf8'));

// VS Code's platform/arch names mapped to Go's GOOS/GOARCH.
const targets = [
  ['linux', 'x64', 'linux', 'amd64'],
  ['linux', 'arm64', 'linux', 'arm64'],
  ['darwin', 'x64', 'darwin', 'amd64'],
  ['darwin', 'arm64', 'darwin', 'arm64'],
  ['win32', 'x64', 'windows', 'amd64'],
];

function findGo() {
  if (process.env.GO) return process.env.GO;
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const p = path.join(dir, process.platform === 'win32' ? 'go.exe' : 'go');
    if (dir && fs.existsSync(p)) return p;
  }
  if (fs.existsSync('/usr/local/go/bin/go')) return '/usr/local/go/bin/go';
  throw new Error('go not found: install Go or set $GO');
}

const arg = (name) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const only = arg('--only') ? new Set(arg('--only').split(',')) : undefined;
const jobs = Math.max(1, Number(arg('--jobs') ?? 2));
const go = findGo();
fs.rmSync(path.join(extDir, 'bin'), { recursive: true, force: true });

/** Builds one target; resolves with its log line, rejects with go's output. */
function build([platform, arch, goos, goarch]) {
  const name = `${platform}-${arch}`;
  const out = path.join(extDir, 'bin', name, platform === 'win32' ? 'monty-lsp.exe' : 'monty-lsp');
  const t0 = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(go, ['build', '-trimpath', `-ldflags=-s -w -X main.version=${pkg.version}`, '-o', out, './cmd/monty-lsp'], {
      cwd: repo,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, CGO_ENABLED: '0', GOOS: goos, GOARCH: goarch },
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', (e) => reject(new Error(`build-binaries: cannot run ${go}: ${e.message}`)));
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`${output}build-binaries: go build for ${goos}/${goarch} in ${repo} failed`));
      const mb = (fs.statSync(out).size / 1e6).toFixed(1);
      resolve(`built bin/${name}/${path.basename(out)} (${mb} MB, ${((Date.now() - t0) / 1000).toFixed(1)} s)`);
    });
  });
}

const queue = targets.filter(([p, a]) => !only || only.has(`${p}-${a}`));
const t0 = Date.now();
try {
  await Promise.all(
    Array.from({ length: Math.min(jobs, queue.length) }, async () => {
      for (let t = queue.shift(); t; t = queue.shift()) console.log(await build(t));
    }),
  );
} catch (e) {
  console.error(e.message);
  process.exit(1);
}
console.log(`build-binaries: done in ${((Date.now() - t0) / 1000).toFixed(1)} s with ${jobs} jobs`);
