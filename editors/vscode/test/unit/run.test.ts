// The Run command's pure parts: arguments, reading the report, telling an
// old binary from a failed run, and the text of the output channel.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { formatCall, formatError, formatReport, interpret, runArgs } from '../../src/run';

test('arguments: flags before the file, inputs as name=JSON', () => {
  assert.deepEqual(runArgs({ binary: 'b', file: '/p/r.py', cwd: '/p' }), ['run', '--json', '/p/r.py']);
  assert.deepEqual(
    runArgs({ binary: 'b', file: 'r.py', cwd: '/p', inputs: { order: { id: 1, items: [] }, name: 'a b' }, inputsFile: 'in.json', mocks: 'm.json', config: 'c.toml' }),
    ['run', '--json', '--config', 'c.toml', '--input', 'order={"id":1,"items":[]}', '--input', 'name="a b"', '--inputs', 'in.json', '--mocks', 'm.json', 'r.py'],
  );
});

test('a JSON report is read whatever the exit code', () => {
  const o = interpret('monty-lsp', '{"result": 3, "stdout": "hi\\n", "error": null, "calls": []}\n', '', 0);
  assert.deepEqual(o, { kind: 'report', report: { result: 3, stdout: 'hi\n', error: null, calls: [] }, exitCode: 0, stderr: '' });
  const e = interpret('monty-lsp', '{"error": {"type": "ValueError", "message": "bad"}}', '', 1);
  assert.equal(e.kind, 'report');
});

test('a binary without run is reported as too old, naming the binary', () => {
  const o = interpret('/x/monty-lsp', '', 'monty-lsp: unknown command "run"\nusage: ...', 2);
  assert.equal(o.kind, 'unsupported');
  assert.match((o as { message: string }).message, /needs `monty-lsp run`, which \/x\/monty-lsp does not have/);
});

test('other failures carry the first line of stderr', () => {
  const o = interpret('m', 'not json', 'monty-lsp run: r.py: no such file\nmore', 2);
  assert.deepEqual(o, { kind: 'failed', message: 'monty-lsp run failed (exit code 2): monty-lsp run: r.py: no such file', exitCode: 2, stderr: 'monty-lsp run: r.py: no such file\nmore' });
  assert.equal(interpret('m', '[1]', '', 0).kind, 'failed');
});

test('external calls: name, arguments, keywords and result or error', () => {
  assert.equal(formatCall({ name: 'get_customer', args: ['c-1'], kwargs: { fresh: true }, result: { tier: 'gold' } }), 'get_customer("c-1", fresh=true) -> {"tier":"gold"}');
  assert.equal(formatCall({ function: 'log_event', args: [], return: null }), 'log_event() -> null');
  assert.equal(formatCall({ name: 'fetch_rates', args: ['EUR'], error: { type: 'KeyError', message: "'EUR'" } }), `fetch_rates("EUR") raised KeyError: 'EUR'`);
  // monty-lsp's own shape: function, args, kwargs, result, and raise for a mocked exception.
  assert.equal(
    formatCall({ function: 'log_event', args: ['discount'], kwargs: { customer: 'c-42', rate: 0.15 }, result: null }),
    'log_event("discount", customer="c-42", rate=0.15) -> null',
  );
  assert.equal(formatCall({ function: 'f', args: [], kwargs: {}, result: null, raise: { type: 'TimeoutError', message: 'slow' } }), 'f() raised TimeoutError: slow');
  assert.equal(formatCall({ what: 1 }), '{"what":1}');
  assert.equal(formatCall('f(1)'), '"f(1)"');
});

test('errors: a string, or type, message and traceback', () => {
  assert.equal(formatError('boom'), 'boom');
  assert.equal(
    formatError({ type: 'ZeroDivisionError', message: 'division by zero', traceback: [{ file: 'r.py', line: 3, name: '<module>' }] }),
    'ZeroDivisionError: division by zero\n  at r.py:3 in <module>',
  );
  assert.equal(formatError({ code: 7 }), '{"code":7}');
  assert.equal(formatError({ type: 'ValueError', message: 'bad', line: 3 }), 'ValueError: bad (line 3)');
  const tb = 'Traceback (most recent call last):\n  File "r.py", line 2, in <module>\nZeroDivisionError: division by zero';
  assert.equal(formatError({ type: 'ZeroDivisionError', message: 'division by zero', line: 2, traceback: tb + '\n' }), tb);
});

test('the report text shows output, result and every call', () => {
  const text = formatReport({ stdout: 'total 6\n', result: { total: 6 }, error: null, calls: [{ name: 'f', args: [1], result: 2 }] });
  assert.equal(text, ['--- output ---', 'total 6', '--- result ---', '{\n  "total": 6\n}', '--- external calls (1) ---', '1. f(1) -> 2'].join('\n'));
  const py = formatReport({ result: { rate: '15%' }, repr: "{'rate': '15%'}", stdout: '', error: null, calls: [] });
  assert.equal(py, "--- result ---\n{'rate': '15%'}\n--- external calls (0) ---", 'the repr is shown when the report has one');
  const err = formatReport({ stdout: '', error: 'NameError: x', calls: [] });
  assert.equal(err, '--- error ---\nNameError: x\n--- external calls (0) ---');
});
