// A debug session against the real `monty-lsp dap`, driven by the client
// library VS Code's own debug adapters are tested with
// (@vscode/debugadapter-testsupport's DebugClient, which spawns
// `monty-lsp dap` and speaks DAP over its stdio). It walks what a user
// does: launch a rule with inputs and mocked externals, hit a conditional
// breakpoint, read the stack and variables (expanding a dict), evaluate,
// change a local, step over/in/out, stop at an external call and change
// the mocked answer, and see the program's output and exit code.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';

import { DebugClient } from '@vscode/debugadapter-testsupport';
import { DebugProtocol } from '@vscode/debugprotocol';

import { hasSubcommand } from '../../src/probe';
import { testBinary } from './session';

const ORDER = `def total(items):
    s = 0
    for it in items:
        s += it["price"] * it["qty"]
    return s

order = fetch(order_id)
amount = total(order["items"])
if amount > limit:
    verdict = "too much"
else:
    verdict = "ok"
print("amount", amount)
(verdict, amount)
`;

let dir = '';
let program = '';
let binary = '';
let hasDap = false;

before(async () => {
  binary = testBinary().path;
  hasDap = await hasSubcommand(binary, 'dap');
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'monty-dc-'));
  program = path.join(dir, 'order.py');
  fs.writeFileSync(path.join(dir, 'monty.toml'), '[monty]\nstubs = ["host.pyi"]\n');
  fs.writeFileSync(path.join(dir, 'host.pyi'), 'order_id: int\nlimit: int\n\ndef fetch(n: int) -> dict: ...\n');
  fs.writeFileSync(
    path.join(dir, 'mocks.json'),
    JSON.stringify({ fetch: { return: { id: 7, items: [{ price: 10, qty: 2 }, { price: 5, qty: 3 }] } } }),
  );
  fs.writeFileSync(program, ORDER);
});

after(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** A DebugClient on a fresh `monty-lsp dap`, stopped after the test. */
async function client(t: { after: (fn: () => Promise<void>) => void }): Promise<DebugClient> {
  const dc = new DebugClient(binary, 'dap', 'monty', { cwd: dir });
  dc.defaultTimeout = 15000;
  await dc.start();
  t.after(() => dc.stop());
  return dc;
}

const launchArgs = (extra: Record<string, unknown> = {}) => ({
  program,
  mocks: path.join(dir, 'mocks.json'),
  inputs: { order_id: 7, limit: 100 },
  ...extra,
});

/** Collects the program's stdout from output events. */
function stdout(dc: DebugClient): () => string {
  let out = '';
  dc.on('output', (e: DebugProtocol.OutputEvent) => {
    if (e.body.category === 'stdout') out += e.body.output;
  });
  return () => out;
}

/** The variables of a reference, by name. */
async function vars(dc: DebugClient, ref: number): Promise<Map<string, DebugProtocol.Variable>> {
  const r = await dc.variablesRequest({ variablesReference: ref });
  return new Map(r.body.variables.map((v) => [v.name, v]));
}

/** The variablesReference of a frame's scope. */
async function scope(dc: DebugClient, frameId: number, name: string): Promise<number> {
  const r = await dc.scopesRequest({ frameId });
  const s = r.body.scopes.find((x) => x.name === name);
  assert.ok(s, `no scope ${name} in ${JSON.stringify(r.body.scopes)}`);
  return s.variablesReference;
}

async function frames(dc: DebugClient): Promise<string[]> {
  const r = await dc.stackTraceRequest({ threadId: 1 });
  return r.body.stackFrames.map((f) => `${f.name}:${f.line}`);
}

test('DebugClient: conditional breakpoint, variables, evaluate, setVariable, stepping', async (t) => {
  if (!hasDap) return t.skip(`${binary} has no dap subcommand`);
  const dc = await client(t);
  const out = stdout(dc);
  // As VS Code does: initialize, launch; on "initialized" the breakpoints,
  // then configurationDone. The stop is awaited from the start: it may
  // come right after configurationDone's response.
  await Promise.all([
    dc.assertStoppedLocation('breakpoint', { path: program, line: 4 }),
    dc.launch(launchArgs()),
    dc.waitForEvent('initialized').then(async () => {
      const bp = await dc.setBreakpointsRequest({ source: { path: program }, breakpoints: [{ line: 4, condition: 'it["qty"] == 3' }] });
      assert.equal(bp.body.breakpoints[0].verified, true);
      await dc.configurationDoneRequest();
    }),
  ]);
  assert.deepEqual(await frames(dc), ['total:4', '<module>:8']);

  const locals = await vars(dc, await scope(dc, 1, 'Locals'));
  assert.equal(locals.get('s')?.value, '20');
  assert.equal(locals.get('it')?.value, "{'price': 5, 'qty': 3}");
  const it = await vars(dc, locals.get('it')!.variablesReference);
  assert.equal(it.get("'qty'")?.value, '3');

  const ev = await dc.evaluateRequest({ expression: 's + it["price"]', frameId: 1, context: 'repl' });
  assert.equal(ev.body.result, '25');
  await dc.setVariableRequest({ variablesReference: await scope(dc, 1, 'Locals'), name: 's', value: '100' });

  // Step over to the loop head, out to the caller's next statement, in.
  await Promise.all([dc.assertStoppedLocation('step', { line: 3 }), dc.nextRequest({ threadId: 1 })]);
  await Promise.all([dc.assertStoppedLocation('step', { line: 9 }), dc.stepOutRequest({ threadId: 1 })]);
  await Promise.all([dc.assertStoppedLocation('step', { line: 10 }), dc.stepInRequest({ threadId: 1 })]);
  const amount = await dc.evaluateRequest({ expression: 'amount', frameId: 1, context: 'watch' });
  assert.equal(amount.body.result, '115');

  await Promise.all([dc.waitForEvent('terminated'), dc.continueRequest({ threadId: 1 })]);
  assert.match(out(), /amount 115\n\('too much', 115\)\n/);
});

test('DebugClient: stop at an external call and change the mocked answer', async (t) => {
  if (!hasDap) return t.skip(`${binary} has no dap subcommand`);
  const dc = await client(t);
  const out = stdout(dc);
  const [stopped] = (await Promise.all([
    dc.waitForEvent('stopped'),
    dc.configurationSequence(),
    dc.launch(launchArgs({ stopOnExternalCall: true })),
  ])) as [DebugProtocol.StoppedEvent, unknown, unknown];
  assert.equal(stopped.body.reason, 'external call');
  assert.deepEqual(await frames(dc), ['<module>:7']);
  const ref = await scope(dc, 1, 'External call');
  const call = await vars(dc, ref);
  assert.equal(call.get('function')?.value, "'fetch'");
  assert.equal(call.get('args')?.value, '(7,)');
  assert.match(call.get('result')?.value ?? '', /^\{'id': 7, 'items': \[/);
  const set = await dc.setVariableRequest({ variablesReference: ref, name: 'result', value: '{"items": [{"price": 2, "qty": 3}]}' });
  assert.equal(set.body.value, "{'items': [{'price': 2, 'qty': 3}]}");
  const [ex] = (await Promise.all([dc.waitForEvent('exited'), dc.waitForEvent('terminated'), dc.continueRequest({ threadId: 1 })])) as [
    DebugProtocol.ExitedEvent,
    unknown,
    unknown,
  ];
  assert.equal(ex.body.exitCode, 0);
  assert.match(out(), /amount 6\n\('ok', 6\)\n/);
});

test('DebugClient: a bad launch is an error response', async (t) => {
  if (!hasDap) return t.skip(`${binary} has no dap subcommand`);
  const dc = await client(t);
  await dc.initializeRequest();
  await assert.rejects(dc.launchRequest({ program, inputs: { order_id: 7, limit: 1 } } as DebugProtocol.LaunchRequestArguments), /no mock for external function 'fetch'/);
});
