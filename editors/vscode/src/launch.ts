// Launch configurations of type "monty": checking them before the debug
// adapter starts, and reusing them for the Run command, so that a file's
// inputs and mocks are written down once (in launch.json). No 'vscode'
// import: the unit tests run this in plain Node.

import * as path from 'node:path';

/** The launch arguments `monty-lsp dap` understands. */
export interface MontyLaunch {
  type?: string;
  request?: string;
  name?: string;
  program?: string;
  config?: string;
  inputs?: Record<string, unknown>;
  inputsFile?: string;
  mocks?: string;
  host?: string;
  cwd?: string;
  stopOnEntry?: boolean;
  stopOnExternalCall?: boolean;
  [key: string]: unknown;
}

/** Lists what is wrong with a launch configuration ([] when it is usable). */
export function validateLaunch(c: MontyLaunch): string[] {
  const problems: string[] = [];
  if (c.request !== undefined && c.request !== 'launch') problems.push(`request must be "launch" (monty-lsp cannot attach), not "${String(c.request)}"`);
  if (typeof c.program !== 'string' || c.program.trim() === '') problems.push('"program" must name the Monty file to run');
  if (c.inputs !== undefined && (c.inputs === null || typeof c.inputs !== 'object' || Array.isArray(c.inputs))) {
    problems.push('"inputs" must be an object mapping input names to JSON values');
  }
  if (c.inputs !== undefined && c.inputsFile !== undefined) problems.push('give either "inputs" or "inputsFile", not both');
  for (const k of ['config', 'inputsFile', 'mocks', 'cwd'] as const) {
    if (c[k] !== undefined && typeof c[k] !== 'string') problems.push(`"${k}" must be a file path`);
  }
  if (c.host !== undefined && typeof c.host !== 'string') problems.push('"host" must be a command line');
  for (const k of ['stopOnEntry', 'stopOnExternalCall'] as const) {
    if (c[k] !== undefined && typeof c[k] !== 'boolean') problems.push(`"${k}" must be true or false`);
  }
  return problems;
}

/** The configuration used when F5 is pressed without a launch.json. */
export function defaultLaunch(file: string): MontyLaunch {
  return { type: 'monty', request: 'launch', name: `Monty: ${path.basename(file)}`, program: file };
}

/** Expands the variables the Run command supports in a launch configuration's paths. */
export function expandVars(value: string, vars: { file: string; workspaceFolder?: string }): string {
  return value
    .replace(/\$\{file\}/g, vars.file)
    .replace(/\$\{fileDirname\}/g, path.dirname(vars.file))
    .replace(/\$\{workspaceFolder\}/g, vars.workspaceFolder ?? path.dirname(vars.file));
}

/**
 * Picks the launch configuration the Run command uses for a file: the
 * first "monty" launch whose program is the file, else the first whose
 * program is ${file}; undefined when there is none. Relative paths are
 * taken from the workspace folder.
 */
export function launchForFile(configs: unknown, file: string, workspaceFolder?: string): MontyLaunch | undefined {
  if (!Array.isArray(configs)) return undefined;
  const vars = { file, workspaceFolder };
  const resolve = (p: string) => path.resolve(workspaceFolder ?? path.dirname(file), expandVars(p, vars));
  const montys = configs.filter(
    (c): c is MontyLaunch => c !== null && typeof c === 'object' && (c as MontyLaunch).type === 'monty' && typeof (c as MontyLaunch).program === 'string',
  );
  const exact = montys.find((c) => !c.program!.includes('${file}') && resolve(c.program!) === path.resolve(file));
  const chosen = exact ?? montys.find((c) => c.program!.trim() === '${file}');
  if (!chosen) return undefined;
  const out: MontyLaunch = { ...chosen, program: file };
  for (const k of ['config', 'inputsFile', 'mocks'] as const) {
    const v = chosen[k];
    if (typeof v === 'string') out[k] = resolve(v);
  }
  return out;
}

/**
 * The configuration "Monty: Debug Current File" (and the Debug code lens)
 * starts for a file: its launch configuration as the Run command picks it,
 * else the default one, which runs the file without inputs or mocks.
 */
export function debugConfigFor(configs: unknown, file: string, workspaceFolder?: string): MontyLaunch {
  const c = launchForFile(configs, file, workspaceFolder);
  if (!c) return defaultLaunch(file);
  return { ...c, type: 'monty', request: 'launch', name: c.name ?? `Monty: ${path.basename(file)}` };
}
