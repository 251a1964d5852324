// Running a Monty file with `monty-lsp run --json`, and turning its report
// into text for the output channel. No 'vscode' import: the client tests
// call runFile against the real binary.
//
// The report is {"result", "repr", "stdout", "error", "calls"}: the result
// as JSON data and as Python's repr, the printed output, the uncaught
// exception {type, message, line, traceback} and the external calls
// {function, args, kwargs, result, raise}. Fields are read leniently (a
// few other spellings are accepted and anything unknown is shown as JSON),
// so that a change on the server's side degrades the display instead of
// hiding the run.

import { spawn } from 'node:child_process';

/** What to run and with which inputs and mocks. */
export interface RunRequest {
  /** The monty-lsp binary. */
  binary: string;
  /** The Monty file. */
  file: string;
  /** The working directory (the project's root). */
  cwd: string;
  /** Input values by name, passed as --input name=JSON. */
  inputs?: Record<string, unknown>;
  /** A JSON file of input values, passed as --inputs. */
  inputsFile?: string;
  /** A JSON file of mocked external functions, passed as --mocks. */
  mocks?: string;
  /** The monty.toml to use instead of the one found from the file, passed as --config. */
  config?: string;
}

/** The JSON report of `monty-lsp run --json`. */
export interface RunReport {
  result?: unknown;
  repr?: string | null;
  stdout?: string;
  error?: unknown;
  calls?: unknown[];
}

/** The outcome of a run: the report, or why there is none. */
export type RunOutcome =
  | { kind: 'report'; report: RunReport; exitCode: number | null; stderr: string }
  | { kind: 'unsupported'; message: string }
  | { kind: 'failed'; message: string; exitCode: number | null; stderr: string };

/** The command-line arguments for a request (flags before the file, as Go's flag package wants). */
export function runArgs(r: RunRequest): string[] {
  const args = ['run', '--json'];
  if (r.config) args.push('--config', r.config);
  for (const [name, value] of Object.entries(r.inputs ?? {})) {
    args.push('--input', `${name}=${JSON.stringify(value)}`);
  }
  if (r.inputsFile) args.push('--inputs', r.inputsFile);
  if (r.mocks) args.push('--mocks', r.mocks);
  args.push(r.file);
  return args;
}

/** Reports whether stderr says the binary lacks a subcommand (an older monty-lsp). */
export function isUnknownCommand(stderr: string, sub: string): boolean {
  return stderr.includes(`unknown command "${sub}"`);
}

/** The message shown when the binary has no such subcommand. */
export function unsupportedMessage(binary: string, sub: string, feature: string): string {
  return `${feature} needs \`monty-lsp ${sub}\`, which ${binary} does not have. Update monty-lsp, or point monty.path at a newer build.`;
}

/** Interprets the output of a run (separated from runFile so tests can feed it text). */
export function interpret(binary: string, stdout: string, stderr: string, exitCode: number | null): RunOutcome {
  if (isUnknownCommand(stderr, 'run')) {
    return { kind: 'unsupported', message: unsupportedMessage(binary, 'run', 'Running a file') };
  }
  const text = stdout.trim();
  if (text.startsWith('{')) {
    try {
      const report = JSON.parse(text) as RunReport;
      if (report !== null && typeof report === 'object' && !Array.isArray(report)) {
        return { kind: 'report', report, exitCode, stderr };
      }
    } catch {
      // Not a report: fall through to the failure below.
    }
  }
  const first = stderr.trim().split('\n')[0] || text.split('\n')[0] || 'no output';
  return { kind: 'failed', message: `monty-lsp run failed (exit code ${exitCode}): ${first}`, exitCode, stderr };
}

/** A running run: its outcome, and a way to stop it. */
export interface RunHandle {
  outcome: Promise<RunOutcome>;
  cancel(): void;
}

/** Starts `monty-lsp run --json` for a request. */
export function runFile(r: RunRequest): RunHandle {
  const child = spawn(r.binary, runArgs(r), { cwd: r.cwd, stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const outcome = new Promise<RunOutcome>((resolve) => {
    child.on('error', (err) => resolve({ kind: 'failed', message: `cannot start ${r.binary}: ${err.message}`, exitCode: null, stderr }));
    child.on('close', (code, signal) => {
      if (signal) resolve({ kind: 'failed', message: `monty-lsp run was stopped (${signal})`, exitCode: code, stderr });
      else resolve(interpret(r.binary, stdout, stderr, code));
    });
  });
  return { outcome, cancel: () => child.kill() };
}

/** A JSON value on one line; undefined (absent) shows as nothing. */
function compact(v: unknown): string {
  if (v === undefined) return '';
  const s = JSON.stringify(v);
  return s === undefined ? String(v) : s;
}

/** One external call: name(args, key=value) -> result, or raises error. */
export function formatCall(call: unknown): string {
  if (call === null || typeof call !== 'object' || Array.isArray(call)) return compact(call);
  const c = call as Record<string, unknown>;
  const name = c.name ?? c.function ?? c.func;
  if (typeof name !== 'string') return compact(call);
  const parts: string[] = [];
  if (Array.isArray(c.args)) parts.push(...c.args.map(compact));
  if (c.kwargs && typeof c.kwargs === 'object') {
    for (const [k, v] of Object.entries(c.kwargs as Record<string, unknown>)) parts.push(`${k}=${compact(v)}`);
  }
  let line = `${name}(${parts.join(', ')})`;
  const raised = c.raise ?? c.error;
  if (raised !== undefined && raised !== null) line += ` raised ${formatError(raised).split('\n')[0]}`;
  else if ('result' in c) line += ` -> ${compact(c.result)}`;
  else if ('return' in c) line += ` -> ${compact(c.return)}`;
  if (c.mocked === false) line += ' (not mocked)';
  return line;
}

/** An error: a string, or {type, message, traceback} in any of a few spellings. */
export function formatError(err: unknown): string {
  if (typeof err === 'string') return err;
  if (err === null || typeof err !== 'object') return compact(err);
  const e = err as Record<string, unknown>;
  const type = e.type ?? e.kind ?? e.exc_type;
  const msg = e.message ?? e.msg;
  if (typeof type !== 'string' && typeof msg !== 'string') return compact(err);
  const tb = e.traceback ?? e.frames;
  // monty-lsp gives Python's whole traceback text, which ends with "Type: message".
  if (typeof tb === 'string' && tb.trim() !== '') return tb.trimEnd();
  const lines = [[type, msg].filter((x) => typeof x === 'string' && x !== '').join(': ')];
  if (typeof e.line === 'number') lines[0] += ` (line ${e.line})`;
  if (Array.isArray(tb)) {
    for (const f of tb) {
      if (f && typeof f === 'object') {
        const fr = f as Record<string, unknown>;
        const where = [fr.file ?? fr.filename, fr.line, fr.column ?? fr.col].filter((x) => x !== undefined).join(':');
        lines.push(`  at ${where}${fr.name ?? fr.function ? ` in ${fr.name ?? fr.function}` : ''}`);
      } else {
        lines.push(`  at ${String(f)}`);
      }
    }
  }
  return lines.join('\n');
}

/** The text for the output channel: printed output, result or error, and the external calls. */
export function formatReport(r: RunReport): string {
  const out: string[] = [];
  if (typeof r.stdout === 'string' && r.stdout !== '') {
    out.push('--- output ---', r.stdout.replace(/\n$/, ''));
  }
  if (r.error !== undefined && r.error !== null) {
    out.push('--- error ---', formatError(r.error));
  } else {
    const shown = typeof r.repr === 'string' ? r.repr : r.result === undefined ? '(none)' : JSON.stringify(r.result, null, 2);
    out.push('--- result ---', shown);
  }
  const calls = Array.isArray(r.calls) ? r.calls : [];
  out.push(`--- external calls (${calls.length}) ---`);
  calls.forEach((c, i) => out.push(`${i + 1}. ${formatCall(c)}`));
  return out.join('\n');
}
