// API tests of the WebAssembly build (lib/monty.js + dist/monty.wasm),
// run with Node's test runner: node --test test/api/
// Build first: node scripts/build.mjs --wasm-only
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { load, MontyError } from '../../lib/monty.js';

let monty;
before(async () => {
  monty = await load();
});

const STUBS = `from typing import Any

order: dict[str, Any]
"""The order being checked."""

def get_user(user_id: int, *, fresh: bool = False) -> dict[str, Any]:
    """Looks a user up in the CRM."""
    ...

def unused_helper() -> None: ...
`;

const pos = (line, character) => ({ line, character });
const range = (l1, c1, l2, c2) => ({ start: pos(l1, c1), end: pos(l2, c2) });

test('info lists the embedded profiles', () => {
  const info = monty.info();
  assert.ok(info.profiles.includes('monty-0.0.23'), info.profiles.join());
  assert.ok(info.profiles.includes('monty-0.0.18'), info.profiles.join());
  assert.ok(info.profiles.includes(info.defaultProfile));
});

test('check: an unsupported del statement is M102 with its range and a safe fix', () => {
  const src = 'items = [3, 1, 2]\ndel items[0]\nsorted(items)\n';
  const { diagnostics } = monty.check(src);
  assert.equal(diagnostics.length, 1, JSON.stringify(diagnostics));
  const [d] = diagnostics;
  assert.equal(d.code, 'M102');
  assert.equal(d.name, 'unsupported-del');
  assert.equal(d.severity, 1);
  assert.equal(d.rejects, true);
  assert.deepEqual(d.range, range(1, 0, 1, 12));
  assert.equal(d.fixes.length, 1);
  assert.equal(d.fixes[0].safe, true);
  assert.deepEqual(d.fixes[0].edits, [{ range: range(1, 0, 1, 12), newText: 'items.pop(0)' }]);
});

test('check: characters are UTF-16 code units (an emoji counts two)', () => {
  // s, space, =, space, quote, emoji (2 units), quote, ;, space: del starts at 10.
  const { diagnostics } = monty.check('s = "😀"; del s\n');
  assert.equal(diagnostics.length, 1);
  assert.equal(diagnostics[0].code, 'M102');
  assert.deepEqual(diagnostics[0].range, range(0, 10, 0, 15));
});

test('check: externals must be declared; stubs declare them and report unused ones', () => {
  const src = 'u = get_user(order["user"])\nu\n';
  const bare = monty.check(src).diagnostics.map((d) => d.name);
  assert.ok(bare.includes('undeclared-external'), bare.join());
  const withStubs = monty.check(src, { stubs: STUBS });
  assert.deepEqual(withStubs.diagnostics, []);
  const unused = withStubs.stubDiagnostics.filter((d) => d.unnecessary);
  assert.equal(unused.length, 1, JSON.stringify(withStubs.stubDiagnostics));
  assert.match(unused[0].message, /unused_helper/);
  assert.equal(unused[0].range.start.line, 9);
});

test('check: a stub syntax error is a stub diagnostic, the program still checks', () => {
  const res = monty.check('x = 1\n', { stubs: 'def broken(:\n' });
  assert.deepEqual(res.diagnostics, []);
  assert.ok(res.stubDiagnostics.some((d) => d.severity === 1 && d.range.start.line === 0), JSON.stringify(res.stubDiagnostics));
});

test('check: inputs given by name resolve', () => {
  const undefinedName = monty.check('limit + 1\n').diagnostics;
  assert.ok(undefinedName.length > 0);
  assert.deepEqual(monty.check('limit + 1\n', { inputs: ['limit'] }).diagnostics, []);
});

test('check: the profile decides (Monty 0.0.18 sees module names in source order)', () => {
  const src = 'def f():\n    return helper()\n\ndef helper():\n    return 1\n\nf()\n';
  assert.deepEqual(monty.check(src, { profile: 'monty-0.0.23' }).diagnostics.map((d) => d.code), []);
  assert.ok(monty.check(src, { profile: 'monty-0.0.18' }).diagnostics.length > 0);
});

test('check: an unknown profile throws a MontyError', () => {
  assert.throws(() => monty.check('x = 1\n', { profile: 'monty-9.9.9' }), (err) => err instanceof MontyError && /monty-9\.9\.9/.test(err.message));
});

test('format: ruff style by default, options change it', () => {
  const src = "x=1\ny = {'a':1, 'b':[1,2]}\n";
  assert.deepEqual(monty.format(src), { ok: true, text: 'x = 1\ny = {"a": 1, "b": [1, 2]}\n', changed: true });
  const single = monty.format(src, { quoteStyle: 'single' });
  assert.equal(single.text, "x = 1\ny = {'a': 1, 'b': [1, 2]}\n");
  const narrow = monty.format('result = compute(first_argument, second_argument)\n', { lineLength: 20 });
  // The arguments (36 columns) do not fit in 20 either, so each gets a line.
  assert.equal(narrow.text, 'result = compute(\n    first_argument,\n    second_argument,\n)\n');
  const formatted = 'x = 1\n';
  assert.deepEqual(monty.format(formatted), { ok: true, text: formatted, changed: false });
});

test('format: the magic trailing comma keeps a collection exploded unless skipped', () => {
  const src = 'x = [1, 2,]\n';
  assert.equal(monty.format(src).text, 'x = [\n    1,\n    2,\n]\n');
  assert.equal(monty.format(src, { skipMagicTrailingComma: true }).text, 'x = [1, 2]\n');
});

test('format: a syntax error comes back with its range, not text', () => {
  const res = monty.format('x = (\n');
  assert.equal(res.ok, false);
  assert.equal(res.text, undefined);
  assert.ok(res.syntaxErrors.length >= 1);
  assert.match(res.syntaxErrors[0].message, /never closed/);
  assert.deepEqual(res.syntaxErrors[0].range.start, pos(0, 4));
});

test('format: a bad option throws', () => {
  assert.throws(() => monty.format('x = 1\n', { quoteStyle: 'backtick' }), MontyError);
});

test('run: mocks in every form, the call trace, stdout and the result', () => {
  const src = [
    'u = get_user(7)',
    'print(u["name"], list(u))',
    'pages = [next_page(), next_page(), next_page()]',
    'print(pages)',
    'print(price("apple"), price("pear"), price("pear", discount=True))',
    'try:',
    '    save(u)',
    'except OSError as e:',
    '    print(type(e).__name__, e)',
    'len(pages)',
    '',
  ].join('\n');
  const mocks = {
    get_user: { return: { name: 'Ann', id: 7 } },
    next_page: { sequence: [[1, 2], [3]] },
    price: { cases: [{ args: ['apple'], kwargs: {}, return: 1.25 }, { args: ['pear'], kwargs: { discount: true }, return: 0.5 }], default: 9 },
    save: { raise: { type: 'PermissionError', message: 'read-only' } },
  };
  const res = monty.run(src, { mocks });
  assert.equal(res.error, null, JSON.stringify(res.error));
  assert.equal(res.stdout, "Ann ['name', 'id']\n[[1, 2], [3], None]\n1.25 9 0.5\nPermissionError read-only\n");
  assert.equal(res.result, 3);
  assert.equal(res.repr, '3');
  assert.deepEqual(res.calls.map((c) => c.function), ['get_user', 'next_page', 'next_page', 'next_page', 'price', 'price', 'price', 'save']);
  assert.deepEqual(res.calls[0], { function: 'get_user', args: [7], kwargs: {}, result: { name: 'Ann', id: 7 } });
  assert.deepEqual(res.calls[6].kwargs, { discount: true });
  assert.equal(res.calls[6].result, 0.5);
  assert.deepEqual(res.calls[7].raise, { type: 'PermissionError', message: 'read-only' });
});

test('run: inputs keep their key order and types', () => {
  const res = monty.run('print(list(order), order["n"] / 2)\norder["n"]\n', { stubs: STUBS, inputs: { order: { z: 1, n: 5, a: 2 } } });
  assert.equal(res.error, null, JSON.stringify(res.error));
  assert.equal(res.stdout, "['z', 'n', 'a'] 2.5\n");
  assert.equal(res.repr, '5');
});

test('run: an exception has its type, line and traceback', () => {
  const res = monty.run('x = 1\ny = x / 0\n');
  assert.equal(res.error.type, 'ZeroDivisionError');
  assert.equal(res.error.line, 2);
  assert.match(res.error.traceback, /line 2/);
  assert.equal(res.repr, null);
});

test('run: a program Monty rejects does not run', () => {
  const res = monty.run('print("ran")\nx = [1]\ndel x[0]\n');
  assert.equal(res.stdout, '');
  assert.equal(res.error.line, 3);
  assert.match(res.error.message, /del/);
});

test('run: a declared external without a mock is a host error before running', () => {
  const res = monty.run('print("ran")\nget_user(1)\n', { stubs: STUBS });
  assert.equal(res.stdout, '');
  assert.deepEqual([res.error.type, res.error.message], ['HostError', "no mock for external function 'get_user'"]);
});

test('run: the time limit stops an endless loop', () => {
  const t0 = performance.now();
  const res = monty.run('n = 0\nwhile True:\n    n += 1\n', { limits: { timeoutMs: 50 } });
  assert.equal(res.error.type, 'TimeoutError');
  assert.ok(performance.now() - t0 < 5000);
});

test('run: output beyond the limit is dropped', () => {
  const res = monty.run('for i in range(1000):\n    print("line", i)\n', { limits: { maxOutputBytes: 100 } });
  assert.equal(res.error, null);
  assert.equal(res.stdout.length, 100);
  assert.equal(res.stdoutTruncated, true);
});

test('run: malformed mocks throw with the function named', () => {
  assert.throws(() => monty.run('f()\n', { mocks: { f: { return: 1, raise: { type: 'ValueError' } } } }),
    (err) => err instanceof MontyError && /"f"/.test(err.message) && /exactly one/.test(err.message));
});

test('complete: externals from the stubs, as snippets, replacing the typed prefix', () => {
  const items = monty.complete('x = get_', pos(0, 8), { stubs: STUBS, snippets: true });
  const item = items.find((i) => i.label === 'get_user');
  assert.ok(item, items.map((i) => i.label).join());
  assert.equal(item.kind, 3);
  assert.equal(item.detail, 'def get_user(user_id: int, *, fresh: bool = False) -> dict[str, Any]');
  assert.equal(item.isSnippet, true);
  assert.equal(item.insertText, 'get_user(${1:user_id})$0');
  assert.deepEqual(item.range, range(0, 4, 0, 8));
  assert.match(item.documentation, /Looks a user up/);
});

test('complete: module attributes after a dot, nothing Monty lacks', () => {
  const labels = monty.complete('import math\nmath.', pos(1, 5)).map((i) => i.label);
  assert.ok(labels.includes('sqrt'), labels.join());
  assert.ok(!labels.includes('print'));
  const top = monty.complete('', pos(0, 0)).map((i) => i.label);
  assert.ok(top.includes('print') && top.includes('len'));
  assert.ok(!top.includes('open'), 'open needs the host OS');
});

test('complete: nothing inside a string', () => {
  assert.deepEqual(monty.complete('x = "pri', pos(0, 8)), []);
});

test('hover: an external shows its signature and docstring; an input its type', () => {
  const h = monty.hover('u = get_user(1)\n', pos(0, 6), { stubs: STUBS });
  assert.match(h.contents, /def get_user\(user_id: int, \*, fresh: bool = False\)/);
  assert.match(h.contents, /Looks a user up in the CRM\./);
  assert.deepEqual(h.range, range(0, 4, 0, 12));
  const i = monty.hover('print(order)\n', pos(0, 8), { stubs: STUBS });
  assert.match(i.contents, /\(input\) order: dict\[str, Any\]/);
});

test('hover: nothing on whitespace', () => {
  assert.equal(monty.hover('x = 1\n\n', pos(1, 0)), null);
});
