// Finding the monty-lsp binary. This module does not import 'vscode', so
// the unit tests run it in plain Node with a fake file system.
//
// The order is fixed and each step is final: the monty.path setting if it
// is set (a wrong path is an error, never silently replaced by another
// binary), else the binary bundled for this platform inside the
// extension, else monty-lsp on PATH.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** Where a binary came from, shown in the status bar's tooltip. */
export type BinarySource = 'setting' | 'bundled' | 'PATH';

/** A monty-lsp binary that exists. */
export interface Binary {
  path: string;
  source: BinarySource;
}

/** What discovery needs from its surroundings; tests pass fakes. */
export interface DiscoveryEnv {
  /** The monty.path setting ('' when unset). */
  settingPath: string;
  /** The extension's install directory. */
  extensionPath: string;
  /** The first workspace folder's path, for ${workspaceFolder}. */
  workspaceFolder?: string;
  platform: NodeJS.Platform;
  arch: string;
  /** Environment variables (PATH, PATHEXT, HOME). */
  env: Record<string, string | undefined>;
  /** Reports whether path is an existing regular file. */
  isFile(path: string): boolean;
}

/** The platform-arch directory names for which a binary is bundled. */
export const bundledTargets = ['linux-x64', 'linux-arm64', 'darwin-x64', 'darwin-arm64', 'win32-x64'];

/** Thrown when no binary can be found; the message says where we looked. */
export class BinaryNotFoundError extends Error {}

/** The name of the executable on a platform. */
export function exeName(platform: NodeJS.Platform): string {
  return platform === 'win32' ? 'monty-lsp.exe' : 'monty-lsp';
}

/** The path of the bundled binary for a platform (it may not exist). */
export function bundledPath(extensionPath: string, platform: NodeJS.Platform, arch: string): string {
  return pathFor(platform).join(extensionPath, 'bin', `${platform}-${arch}`, exeName(platform));
}

/** The path functions of a platform, so tests can check Windows paths on Linux. */
function pathFor(platform: NodeJS.Platform): path.PlatformPath {
  return platform === 'win32' ? path.win32 : path.posix;
}

/** Expands a leading ~ and ${workspaceFolder} / ${userHome} in a setting. */
export function expandSetting(value: string, env: Pick<DiscoveryEnv, 'workspaceFolder' | 'env' | 'platform'>): string {
  const home = env.env.HOME ?? env.env.USERPROFILE ?? os.homedir();
  let v = value.trim();
  if (v === '~' || v.startsWith('~/') || v.startsWith('~\\')) {
    v = home + v.slice(1);
  }
  v = v.replace(/\$\{userHome\}/g, home);
  if (env.workspaceFolder !== undefined) {
    v = v.replace(/\$\{workspaceFolder\}/g, env.workspaceFolder);
  }
  return v;
}

/** Finds an executable (monty-lsp by default) on PATH, honouring PATHEXT on Windows. */
export function findOnPath(env: DiscoveryEnv, name = 'monty-lsp'): string | undefined {
  const win = env.platform === 'win32';
  const pathVar = (win ? env.env.Path ?? env.env.PATH : env.env.PATH) ?? '';
  const sep = win ? ';' : ':';
  const exts = win ? (env.env.PATHEXT ?? '.EXE;.CMD;.BAT').split(';').filter(Boolean) : [''];
  const join = pathFor(env.platform).join;
  for (const dir of pathVar.split(sep)) {
    if (!dir) continue;
    for (const ext of exts) {
      const file = win && name.toLowerCase().endsWith(ext.toLowerCase()) ? name : name + ext.toLowerCase();
      const candidate = join(dir.replace(/^"(.*)"$/, '$1'), file);
      if (env.isFile(candidate)) return candidate;
    }
  }
  return undefined;
}

/** Finds the binary to run, or throws a BinaryNotFoundError. */
export function discover(env: DiscoveryEnv): Binary {
  if (env.settingPath.trim() !== '') {
    const P = pathFor(env.platform);
    let p = expandSetting(env.settingPath, env);
    if (!P.isAbsolute(p) && !p.includes('/') && !p.includes('\\')) {
      // A bare name such as "monty-lsp-dev" is looked up on PATH.
      const found = findOnPath(env, p);
      if (found) return { path: found, source: 'setting' };
      throw new BinaryNotFoundError(`monty.path is set to "${env.settingPath}", but no such program is on PATH. Fix or clear the setting.`);
    }
    if (!P.isAbsolute(p) && env.workspaceFolder !== undefined) {
      p = P.resolve(env.workspaceFolder, p);
    }
    if (env.isFile(p)) {
      return { path: p, source: 'setting' };
    }
    throw new BinaryNotFoundError(`monty.path is set to "${env.settingPath}", but ${p} is not a file. Fix or clear the setting.`);
  }
  const bundled = bundledPath(env.extensionPath, env.platform, env.arch);
  if (env.isFile(bundled)) return { path: bundled, source: 'bundled' };
  const onPath = findOnPath(env);
  if (onPath) return { path: onPath, source: 'PATH' };
  const target = `${env.platform}-${env.arch}`;
  const why = bundledTargets.includes(target)
    ? `the bundled binary ${bundled} is missing`
    : `this extension bundles no binary for ${target} (only ${bundledTargets.join(', ')})`;
  throw new BinaryNotFoundError(
    `monty-lsp not found: monty.path is not set, ${why}, and monty-lsp is not on PATH. ` +
      'Install it with `go install github.com/monty-tools/monty-tools/cmd/monty-lsp@latest` or set monty.path.',
  );
}

/** The discovery environment of this process. */
export function processEnv(settingPath: string, extensionPath: string, workspaceFolder?: string): DiscoveryEnv {
  return {
    settingPath,
    extensionPath,
    workspaceFolder,
    platform: process.platform,
    arch: process.arch,
    env: process.env,
    isFile: (p) => {
      try {
        return fs.statSync(p).isFile();
      } catch {
        return false;
      }
    },
  };
}

/**
 * Makes a bundled binary executable. Some zip tools drop the mode bits of
 * the .vsix entries, and VS Code then extracts a binary that cannot run.
 */
export function ensureExecutable(bin: Binary): void {
  if (bin.source !== 'bundled' || process.platform === 'win32') return;
  try {
    const mode = fs.statSync(bin.path).mode;
    if ((mode & 0o111) !== 0o111) fs.chmodSync(bin.path, mode | 0o755);
  } catch {
    // The spawn that follows reports the real problem.
  }
}
