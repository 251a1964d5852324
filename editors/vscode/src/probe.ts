// Asking a monty-lsp binary which subcommands it has. Features that need a
// newer server (run, dap) check first, so that an older binary produces a
// clear message instead of a confusing failure. No 'vscode' import.

import { spawn } from 'node:child_process';

import { isUnknownCommand } from './run';

const cache = new Map<string, Promise<boolean>>();

/**
 * Reports whether `binary sub` exists: it runs `binary sub --help` and
 * looks for the "unknown command" error of monty-lsp's dispatcher. A
 * binary that cannot be started counts as lacking the command. Answers
 * are cached per binary path and subcommand for the session (a rebuilt
 * binary is picked up by Restart Server, which clears the cache).
 */
export function hasSubcommand(binary: string, sub: string, timeoutMs = 5000): Promise<boolean> {
  const key = `${binary}\0${sub}`;
  let p = cache.get(key);
  if (!p) {
    p = probe(binary, sub, timeoutMs);
    cache.set(key, p);
  }
  return p;
}

/** Forgets the cached answers (after a restart the binary may be another). */
export function clearProbeCache(): void {
  cache.clear();
}

function probe(binary: string, sub: string, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    let stderr = '';
    let child;
    try {
      child = spawn(binary, [sub, '--help'], { stdio: ['ignore', 'ignore', 'pipe'], windowsHide: true });
    } catch {
      resolve(false);
      return;
    }
    // A subcommand that ignores --help and waits (a server on stdin) exists.
    const timer = setTimeout(() => {
      child.kill();
      resolve(true);
    }, timeoutMs);
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', () => {
      clearTimeout(timer);
      resolve(false);
    });
    child.on('close', () => {
      clearTimeout(timer);
      resolve(!isUnknownCommand(stderr, sub));
    });
  });
}
