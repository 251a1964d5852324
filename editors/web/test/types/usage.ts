// Compile-only test of lib/monty.d.ts (tsc -p test/types): typical uses
// must type-check, and the @ts-expect-error lines must be rejected.
import { load, MontyError, type Diagnostic, type RunResult } from '../../lib/monty.js';

async function main(): Promise<void> {
  const monty = await load({ wasmURL: new URL('../../dist/monty.wasm', import.meta.url) });
  const { diagnostics, stubDiagnostics } = monty.check('del x\n', { profile: 'monty-0.0.23', stubs: '', inputs: ['x'] });
  const first: Diagnostic | undefined = diagnostics[0];
  const line: number | undefined = first?.range.start.line;
  const fixText: string | undefined = first?.fixes[0]?.edits[0]?.newText;
  console.log(line, fixText, stubDiagnostics.length);

  const f = monty.format('x=1\n', { lineLength: 100, quoteStyle: 'single' });
  if (f.ok) {
    const text: string = f.text;
    console.log(text);
  } else {
    console.log(f.message, f.syntaxErrors?.[0]?.range.start.character);
  }

  const r: RunResult = monty.run('f(1)\n', {
    inputs: { order: { id: 1, tags: ['a', null] } },
    mocks: { f: { return: 1 }, g: { sequence: [1, 2] }, h: { raise: { type: 'ValueError', message: 'no' } }, k: { cases: [{ args: [1], return: 2 }], default: 0 } },
    limits: { timeoutMs: 500 },
  });
  const traceback: string | undefined = r.error?.traceback;
  console.log(r.repr, r.calls[0]?.function, traceback);

  const items = monty.complete('pri', { line: 0, character: 3 }, { snippets: true });
  console.log(items[0]?.insertText, items[0]?.isSnippet);
  const hover = monty.hover('print(1)', { line: 0, character: 1 });
  console.log(hover?.contents);
  console.log(monty.info().profiles, new MontyError('x') instanceof Error);

  // @ts-expect-error: quoteStyle is one of three words
  monty.format('x', { quoteStyle: 'backtick' });
  // @ts-expect-error: a mock needs one of its forms
  monty.run('f()', { mocks: { f: { returns: 1 } } });
  // @ts-expect-error: positions are objects
  monty.hover('x', 3);
}

void main();
