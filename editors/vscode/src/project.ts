// Which files are Monty files. A Python file is one when it lies under a
// directory with a monty.toml, or a pyproject.toml with a [tool.monty]
// table (the server finds the same file by walking up); any file is one
// when the user switched it to the "monty" language. No 'vscode' import:
// the unit tests run this in plain Node.
//
// The TOML reading here is deliberately shallow: it only decides whether
// a pyproject.toml configures Monty and which profile the status bar
// shows. The server reads the files properly and reports their problems.

import * as path from 'node:path';

/** A document filter in LSP's shape (vscode-languageclient converts it). */
export interface DocumentFilter {
  language?: string;
  scheme?: string;
  pattern?: string;
}

/** The configuration file names that mark a Monty project, in priority order. */
export const configNames = ['monty.toml', 'pyproject.toml'];

/** Strips a TOML comment that is not inside a string (good enough for headers and simple keys). */
function stripComment(line: string): string {
  let quote = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '#') {
      return line.slice(0, i);
    }
  }
  return line;
}

/** The dotted name of a table header line ("[tool.monty.format]" → "tool.monty.format"), else undefined. */
export function tableHeader(line: string): string | undefined {
  const m = /^\s*\[\s*([^\[\]]+?)\s*\]\s*$/.exec(stripComment(line));
  if (!m) return undefined;
  return m[1]
    .split('.')
    .map((part) => part.trim().replace(/^"(.*)"$|^'(.*)'$/, '$1$2'))
    .join('.');
}

/**
 * Reports whether a pyproject.toml's text configures Monty: a [tool.monty]
 * table or sub-table, or a dotted monty key in [tool] or at the top level.
 */
export function hasToolMonty(text: string): boolean {
  let current = '';
  for (const line of text.split(/\r?\n/)) {
    const h = tableHeader(line);
    if (h !== undefined) {
      if (h === 'tool.monty' || h.startsWith('tool.monty.')) return true;
      current = h;
      continue;
    }
    const key = /^\s*([A-Za-z0-9_."' -]+?)\s*=/.exec(stripComment(line))?.[1].replace(/\s*\.\s*/g, '.').replace(/["']/g, '');
    if (key === undefined) continue;
    const full = current === '' ? key : `${current}.${key}`;
    if (full === 'tool.monty' || full.startsWith('tool.monty.')) return true;
  }
  return false;
}

/** Reads the profile a monty.toml ([monty]) or pyproject.toml ([tool.monty]) names, if any. */
export function readProfile(text: string, fileName: string): string | undefined {
  const table = path.basename(fileName) === 'pyproject.toml' ? 'tool.monty' : 'monty';
  let current = '';
  for (const raw of text.split(/\r?\n/)) {
    const h = tableHeader(raw);
    if (h !== undefined) {
      current = h;
      continue;
    }
    if (current !== table) continue;
    const m = /^\s*(?:profile|"profile"|'profile')\s*=\s*("((?:[^"\\]|\\.)*)"|'([^']*)')\s*$/.exec(stripComment(raw));
    if (m) return m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : m[3];
  }
  return undefined;
}

/** The profile as the status bar shows it: "monty-0.0.23" → "0.0.23", a profile file by its base name. */
export function shortProfile(profile: string): string {
  const m = /^monty-(\d[\w.-]*)$/.exec(profile);
  if (m) return m[1];
  return profile.split(/[\\/]/).pop()!.replace(/\.json$/, '');
}

/** Returns the deepest project root that contains file (all absolute paths), if any. */
export function rootFor(file: string, roots: readonly string[], p: path.PlatformPath = path): string | undefined {
  let best: string | undefined;
  for (const r of roots) {
    const rel = p.relative(r, file);
    if (rel === '' || rel.startsWith('..') || p.isAbsolute(rel)) continue;
    if (best === undefined || r.length > best.length) best = r;
  }
  return best;
}

/**
 * A glob matching every file below dir. Glob characters in the path are
 * made literal by wrapping them in a character class, and Windows
 * separators become slashes (VS Code's globs accept both).
 */
export function globBelow(dir: string): string {
  const d = dir.replace(/\\/g, '/').replace(/\/+$/, '');
  return d.replace(/[*?{}[]/g, (c) => `[${c}]`) + '/**';
}

/**
 * The documents the language client serves: every file in the "monty"
 * language, and the Python files under each project root (absolute
 * paths). Untitled Monty documents are included; they have no project.
 * (The selector uses plain glob strings: vscode-languageclient 9 passes
 * LSP RelativePatterns to VS Code unconverted in places, which throws.)
 */
export function documentSelector(roots: readonly string[]): DocumentFilter[] {
  const sel: DocumentFilter[] = [
    { language: 'monty', scheme: 'file' },
    { language: 'monty', scheme: 'untitled' },
  ];
  for (const root of [...new Set(roots)].sort()) {
    sel.push({ language: 'python', scheme: 'file', pattern: globBelow(root) });
  }
  return sel;
}
