// `npm run package`: cross-compiles monty-lsp for every bundled platform,
// bundles the extension with esbuild, packs build/monty.vsix with vsce and
// checks it (scripts/check-vsix.mjs).
//
//   node scripts/package.mjs [--keep-binaries]
//
// --keep-binaries reuses bin/ when all five binaries are there (a quicker
// rebuild while working on the TypeScript side).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const extDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const node = process.execPath;
const run = (args, label) => {
  const t0 = Date.now();
  execFileSync(node, args, { cwd: extDir, stdio: 'inherit' });
  console.log(`package: ${label} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
};
const targets = ['linux-x64', 'linux-arm64', 'darwin-x64', 'darwin-arm64', 'win32-x64'];
const haveAll = targets.every((t) => fs.existsSync(path.join(extDir, 'bin', t, t.startsWith('win32') ? 'monty-lsp.exe' : 'monty-lsp')));

try {
  if (process.argv.includes('--keep-binaries') && haveAll) console.log('package: reusing bin/');
  else run(['scripts/build-binaries.mjs'], 'binaries built');
  run(['esbuild.mjs', '--production'], 'bundle built');
  fs.mkdirSync(path.join(extDir, 'build'), { recursive: true });
  const vsce = path.join(extDir, 'node_modules', '@vscode', 'vsce', 'vsce');
  run([vsce, 'package', '--no-dependencies', '-o', 'build/monty.vsix'], 'vsix packed');
  run(['scripts/check-vsix.mjs', 'build/monty.vsix'], 'vsix checked');
} catch {
  console.error('package: failed');
  process.exit(1);
}
