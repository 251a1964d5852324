// The extension's client logic against the real monty-lsp: diagnostics
// for the example project (checked against `monty-lsp check --json`),
// formatting edits when the server offers formatting, the Run command's
// runner, and the probe that tells an older binary apart.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';

import { hasSubcommand } from '../../src/probe';
import { formatReport, RunReport, runFile } from '../../src/run';
import { applyEdits, copyTree, exampleDir, Session, testBinary } from './session';

const binary = testBinary();
let ws: string;

before(() => {
  ws = fs.mkdtempSync(path.join(os.tmpdir(), 'monty-client-'));
  copyTree(exampleDir, ws);
});
after(() => fs.rmSync(ws, { recursive: true, force: true }));

/** `monty-lsp check --json` for one file: the reference the LSP diagnostics must agree with. */
function checkJson(rel: string): Array<{ code: string; range: { start: { line: number; character: number } } }> {
  try {
    return JSON.parse(execFileSync(binary.path, ['check', '--json', rel], { cwd: ws, encoding: 'utf8' }));
  } catch (e) {
    const out = (e as { stdout?: string }).stdout; // exit code 1: problems found
    if (out) return JSON.parse(out);
    throw e;
  }
}

test(`server ${binary.path} (${binary.source}) starts, reports itself and shuts down cleanly`, async () => {
  const s = new Session(binary.path);
  const init = await s.initialize(ws);
  assert.equal(init.serverInfo?.name, 'monty-lsp');
  assert.ok(init.capabilities.textDocumentSync, 'text document sync');
  assert.equal(await s.close(), 0);
});

test('diagnostics arrive for the example and match `monty-lsp check`', async () => {
  const s = new Session(binary.path);
  try {
    await s.initialize(ws);
    const legacy = await s.open(path.join(ws, 'rules/legacy.py'));
    const got = (await s.diagnostics(legacy)).diagnostics;
    const want = checkJson('rules/legacy.py');
    assert.ok(want.length >= 5, `check finds the example's problems (${want.length})`);
    const key = (code: unknown, r: { start: { line: number; character: number } }) => `${String(code)}@${r.start.line}:${r.start.character}`;
    assert.deepEqual(got.map((d) => key(d.code, d.range)).sort(), want.map((d) => key(d.code, d.range)).sort());
    assert.ok(got.some((d) => d.code === 'M103' && /pattern matching/.test(d.message)), 'the match statement is reported');

    const discount = await s.open(path.join(ws, 'rules/discount.py'));
    const clean = (await s.diagnostics(discount)).diagnostics.filter((d) => d.severity === 1);
    assert.deepEqual(clean, [], 'a valid rule has no errors');
  } finally {
    await s.close();
  }
});

test('formatting edits apply and are stable, if the server formats', async (t) => {
  const s = new Session(binary.path);
  try {
    const init = await s.initialize(ws);
    if (!init.capabilities.documentFormattingProvider) {
      t.skip('this monty-lsp does not advertise documentFormattingProvider');
      return;
    }
    const file = path.join(ws, 'rules/untidy.py');
    const text = "x=1\nif x :\n    y = {'a':1,'b' : [1,2 ,3]}\nprint( y )\n";
    fs.writeFileSync(file, text);
    const uri = await s.open(file, text);
    const edits = await s.format(uri);
    assert.ok(edits && edits.length > 0, 'an untidy file gets edits');
    const formatted = applyEdits(text, edits!);
    assert.notEqual(formatted, text);
    assert.match(formatted, /^x = 1$/m);
    assert.match(formatted, /^print\(y\)$/m);
    await s.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: formatted }] });
    const again = await s.format(uri);
    assert.equal(applyEdits(formatted, again ?? []), formatted, 'formatting the result changes nothing');
  } finally {
    await s.close();
  }
});

test('Run: monty-lsp run --json reports output, result and external calls, or the binary is named as too old', async () => {
  const file = path.join(ws, 'rules/greet.py');
  fs.writeFileSync(file, 'c = get_customer(customer_id)\nprint("customer", customer_id, c["tier"])\nlen(customer_id)\n');
  const mocks = path.join(ws, 'mocks.json');
  fs.writeFileSync(mocks, JSON.stringify({ get_customer: { return: { tier: 'gold' } } }));
  const outcome = await runFile({ binary: binary.path, file, cwd: ws, inputs: { customer_id: 'c-42' }, mocks }).outcome;
  if (!(await hasSubcommand(binary.path, 'run'))) {
    assert.equal(outcome.kind, 'unsupported');
    assert.match((outcome as { message: string }).message, /needs `monty-lsp run`/);
    return;
  }
  assert.equal(outcome.kind, 'report', JSON.stringify(outcome));
  const r = (outcome as { report: RunReport }).report;
  assert.equal(r.error ?? null, null, `no error: ${JSON.stringify(r.error)}`);
  assert.equal(r.result, 4);
  assert.equal(r.stdout, 'customer c-42 gold\n');
  assert.equal(formatReport(r), [
    '--- output ---',
    'customer c-42 gold',
    '--- result ---',
    '4',
    '--- external calls (1) ---',
    '1. get_customer("c-42") -> {"tier":"gold"}',
  ].join('\n'));

  // An exception: the report carries it, and the output channel shows the traceback.
  fs.writeFileSync(file, 'x = 1\nx / 0\n');
  const boom = await runFile({ binary: binary.path, file, cwd: ws }).outcome;
  assert.equal(boom.kind, 'report', JSON.stringify(boom));
  const text = formatReport((boom as { report: RunReport }).report);
  assert.match(text, /--- error ---\n[\s\S]*ZeroDivisionError/);

  // A missing mock is a usage problem (exit 2, no report): its message is shown.
  fs.writeFileSync(file, 'get_customer(customer_id)\n');
  const nomock = await runFile({ binary: binary.path, file, cwd: ws, inputs: { customer_id: 'c' } }).outcome;
  assert.equal(nomock.kind, 'failed');
  assert.match((nomock as { message: string }).message, /exit code 2\): .*get_customer/);
});

test('the subcommand probe tells real subcommands from missing ones', async () => {
  assert.equal(await hasSubcommand(binary.path, 'check'), true);
  assert.equal(await hasSubcommand(binary.path, 'no-such-command'), false);
  assert.equal(await hasSubcommand(path.join(ws, 'missing-binary'), 'check'), false);
});
