// monty-tools in WebAssembly: the Monty analyzer, formatter, interpreter,
// completion and hover behind a small synchronous API (see monty.d.ts and
// ../README.md). Works in browsers and in Node 20+.
//
// Each call sends one JSON request string into the Go program and gets one
// JSON response string back; the Go side never waits on the event loop, so
// every call is synchronous.

let instances = 0;

/** Error thrown for a bad request (unknown profile, malformed mocks...). */
export class MontyError extends Error {
  constructor(message) {
    super(message);
    this.name = 'MontyError';
  }
}

const isNode = typeof process !== 'undefined' && process.versions != null && process.versions.node != null;

/** Loads the WebAssembly module and returns the API. */
export async function load(options = {}) {
  const wasmURL = options.wasmURL ?? new URL('../dist/monty.wasm', import.meta.url);
  if (typeof globalThis.Go !== 'function') {
    // wasm_exec.js is the glue that matches the Go toolchain the module was
    // built with; it defines globalThis.Go.
    await import(String(options.wasmExecURL ?? new URL('../dist/wasm_exec.js', import.meta.url)));
  }
  const go = new globalThis.Go();
  const key = `__montyWasm${++instances}_${Math.random().toString(36).slice(2)}`;
  go.argv = ['monty-wasm', key];
  const { instance } = await instantiate(wasmURL, go.importObject);
  // run() executes main until it waits for calls; by then the API is set.
  go.run(instance).catch((err) => console.error('monty wasm exited:', err));
  const raw = globalThis[key];
  delete globalThis[key];
  if (!raw) throw new MontyError('the WebAssembly module did not register its API');
  return new Monty(raw);
}

async function instantiate(url, imports) {
  if (isNode && (url instanceof URL ? url.protocol === 'file:' : !/^https?:/.test(String(url)))) {
    const { readFile } = await import('node:fs/promises');
    return WebAssembly.instantiate(await readFile(url), imports);
  }
  const resp = await fetch(url);
  if (!resp.ok) throw new MontyError(`fetching ${url}: HTTP ${resp.status}`);
  if (WebAssembly.instantiateStreaming && resp.headers.get('content-type') === 'application/wasm') {
    return WebAssembly.instantiateStreaming(resp, imports);
  }
  return WebAssembly.instantiate(await resp.arrayBuffer(), imports);
}

/** The API of one loaded module. */
export class Monty {
  #raw;
  constructor(raw) {
    this.#raw = raw;
  }

  #call(op, request) {
    const resp = JSON.parse(this.#raw[op](JSON.stringify(request)));
    if (resp.error !== undefined) throw new MontyError(resp.error);
    return resp.result ?? null;
  }

  /** Profiles this build knows and the default one. */
  info() {
    return this.#call('info', {});
  }

  /** Diagnostics of a program (and of its stubs). */
  check(source, options = {}) {
    return this.#call('check', { source, ...target(options) });
  }

  /** Formats a program; {ok: false, syntaxErrors} when it does not parse. */
  format(source, options = {}) {
    const { lineLength, indentWidth, quoteStyle, skipMagicTrailingComma } = options;
    return this.#call('format', { source, lineLength, indentWidth, quoteStyle, skipMagicTrailingComma });
  }

  /** Runs a program with input values and mocked external functions. */
  run(source, options = {}) {
    const { profile, stubs, inputs, mocks, limits } = options;
    return this.#call('run', { source, profile, stubs, inputs, mocks, limits });
  }

  /** Completion items at a position (0-based line, UTF-16 character). */
  complete(source, position, options = {}) {
    const req = { source, position, snippets: options.snippets ?? false, ...target(options) };
    return this.#call('complete', req).items;
  }

  /** Hover at a position, or null. */
  hover(source, position, options = {}) {
    return this.#call('hover', { source, position, ...target(options) });
  }
}

function target({ profile, stubs, inputs } = {}) {
  return { profile, stubs, inputs };
}
