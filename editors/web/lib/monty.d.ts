// Types of the monty-tools WebAssembly API (monty.js).

/** A position: 0-based line and 0-based character in UTF-16 code units (LSP's and Monaco's convention, less one). */
export interface Position {
  line: number;
  character: number;
}

/** A half-open range [start, end). */
export interface Range {
  start: Position;
  end: Position;
}

/** What a program is checked against. */
export interface TargetOptions {
  /** Profile name, e.g. "monty-0.0.23" (see `info().profiles`); default: the newest. */
  profile?: string;
  /** Text of a stub file (.pyi) declaring the host's external functions and inputs. */
  stubs?: string;
  /** Input names given without a stub (as monty.toml's `inputs`). */
  inputs?: string[];
}

/** LSP severities: 1 error, 2 warning, 3 information, 4 hint. */
export type Severity = 1 | 2 | 3 | 4;

export interface TextEdit {
  range: Range;
  newText: string;
}

export interface Fix {
  title: string;
  /** Safe fixes keep the program's behaviour. */
  safe: boolean;
  edits: TextEdit[];
}

export interface Diagnostic {
  range: Range;
  severity: Severity;
  /** Stable code, e.g. "M102". */
  code: string;
  /** Kebab-case name, e.g. "unsupported-del". */
  name: string;
  message: string;
  /** Monty refuses to load a program with this problem. */
  rejects: boolean;
  /** An unused declaration (editors fade it). */
  unnecessary: boolean;
  fixes: Fix[];
}

export interface CheckResult {
  diagnostics: Diagnostic[];
  /** Problems of the stub text, with ranges in the stub text. */
  stubDiagnostics: Diagnostic[];
}

export interface FormatOptions {
  /** Default 88. */
  lineLength?: number;
  /** Default 4. */
  indentWidth?: number;
  /** Default "double". */
  quoteStyle?: 'double' | 'single' | 'preserve';
  skipMagicTrailingComma?: boolean;
}

export type FormatResult =
  | { ok: true; text: string; changed: boolean }
  | { ok: false; changed: false; message: string; syntaxErrors?: { range: Range; message: string }[] };

/** JSON data as inputs, mock results and run results carry it. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The canned behaviour of one external function (the forms of `monty-lsp run --mocks`). */
export type Mock =
  | { return: Json }
  | { sequence: Json[] }
  | { raise: { type: string; message?: string } }
  | { cases: { args?: Json[]; kwargs?: { [name: string]: Json }; return?: Json }[]; default?: Json };

export interface Limits {
  /** Stops the run with a TimeoutError; default 1000, at most 60000. */
  timeoutMs?: number;
  /** Output beyond this is dropped (stdoutTruncated); default 1 MiB. */
  maxOutputBytes?: number;
}

export interface RunOptions {
  profile?: string;
  stubs?: string;
  /** Input values by name. */
  inputs?: { [name: string]: Json };
  /** Mocks by external function name; a mock also declares the function as an external. */
  mocks?: { [name: string]: Mock };
  limits?: Limits;
}

export interface ExternalCall {
  function: string;
  args: Json[];
  kwargs: { [name: string]: Json };
  /** What the mock returned (null when it raised). */
  result: Json;
  raise?: { type: string; message: string };
}

export interface RunError {
  /** Python exception type; "HostError" for a missing mock or input value, "TimeoutError" for the time limit. */
  type: string;
  message: string;
  /** 1-based line, or null. */
  line: number | null;
  traceback: string;
}

export interface RunResult {
  /** The value of the last expression statement as JSON data; null when it has no JSON form (see repr). */
  result: Json;
  /** repr() of the result; null after an error. */
  repr: string | null;
  stdout: string;
  stdoutTruncated: boolean;
  error: RunError | null;
  calls: ExternalCall[];
  durationMs: number;
}

export interface CompletionOptions extends TargetOptions {
  /** Insert calls of externals as snippets with placeholders. */
  snippets?: boolean;
}

export interface CompletionItem {
  label: string;
  /** LSP CompletionItemKind: 3 function, 6 variable, 7 class, 9 module, 10 property, 14 keyword. */
  kind: number;
  detail?: string;
  /** Markdown. */
  documentation?: string;
  sortText: string;
  /** Replaces `range`; snippet syntax when isSnippet. */
  insertText: string;
  isSnippet: boolean;
  range: Range;
}

export interface Hover {
  /** Markdown. */
  contents: string;
  range: Range;
}

export interface Info {
  profiles: string[];
  defaultProfile: string;
}

/** Thrown for bad requests: unknown profile, malformed inputs or mocks, bad option values. */
export class MontyError extends Error {}

export interface LoadOptions {
  /** Where monty.wasm is; default ../dist/monty.wasm next to this module. */
  wasmURL?: string | URL;
  /** Where wasm_exec.js is, when globalThis.Go is not defined yet; default ../dist/wasm_exec.js. */
  wasmExecURL?: string | URL;
}

export class Monty {
  private constructor();
  info(): Info;
  check(source: string, options?: TargetOptions): CheckResult;
  format(source: string, options?: FormatOptions): FormatResult;
  run(source: string, options?: RunOptions): RunResult;
  complete(source: string, position: Position, options?: CompletionOptions): CompletionItem[];
  hover(source: string, position: Position, options?: TargetOptions): Hover | null;
}

/** Loads the WebAssembly module (about 4 MB gzipped) and returns the API. */
export function load(options?: LoadOptions): Promise<Monty>;
