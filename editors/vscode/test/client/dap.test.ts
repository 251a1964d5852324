// The debugger contribution's other end: VS Code starts `monty-lsp dap`
// and speaks the Debug Adapter Protocol to it over stdio. This test does
// what VS Code does for a launch configuration with inputs (initialize,
// launch, configurationDone) and expects the program's output and the end
// of the session. A binary without `dap` must be recognized as such, which
// is what the extension reports instead of starting the adapter.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';

import { hasSubcommand } from '../../src/probe';
import { unsupportedMessage } from '../../src/run';
import { testBinary } from './session';

interface DapMessage {
  type: 'request' | 'response' | 'event';
  seq: number;
  command?: string;
  event?: string;
  success?: boolean;
  message?: string;
  body?: Record<string, unknown>;
}

/** A minimal DAP client: Content-Length framing over a child's stdio. */
class Dap {
  private buf = Buffer.alloc(0);
  private seq = 1;
  readonly received: DapMessage[] = [];
  private waiters: Array<() => void> = [];
  private proc;
  stderr = '';

  constructor(binary: string, cwd: string) {
    this.proc = spawn(binary, ['dap'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    this.proc.stderr.setEncoding('utf8').on('data', (d: string) => (this.stderr += d));
    this.proc.stdout.on('data', (d: Buffer) => {
      this.buf = Buffer.concat([this.buf, d]);
      for (;;) {
        const sep = this.buf.indexOf('\r\n\r\n');
        if (sep < 0) return;
        const len = Number(/Content-Length: *(\d+)/i.exec(this.buf.subarray(0, sep).toString())?.[1]);
        if (this.buf.length < sep + 4 + len) return;
        this.received.push(JSON.parse(this.buf.subarray(sep + 4, sep + 4 + len).toString('utf8')));
        this.buf = this.buf.subarray(sep + 4 + len);
        for (const w of this.waiters.splice(0)) w();
      }
    });
  }

  send(command: string, args: unknown): number {
    const seq = this.seq++;
    const body = Buffer.from(JSON.stringify({ type: 'request', seq, command, arguments: args }), 'utf8');
    this.proc.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.proc.stdin.write(body);
    return seq;
  }

  async waitFor(pred: (m: DapMessage) => boolean, what: string, timeoutMs = 15000): Promise<DapMessage> {
    const end = Date.now() + timeoutMs;
    for (;;) {
      const m = this.received.find(pred);
      if (m) return m;
      if (Date.now() > end) throw new Error(`DAP: no ${what} within ${timeoutMs} ms; got ${JSON.stringify(this.received)}; stderr: ${this.stderr}`);
      await new Promise<void>((r) => {
        this.waiters.push(r);
        setTimeout(r, 100);
      });
    }
  }

  kill(): void {
    this.proc.kill();
  }
}

test('debugging: monty-lsp dap runs a launch configuration, or the binary is named as lacking dap', async () => {
  const binary = testBinary();
  if (!(await hasSubcommand(binary.path, 'dap'))) {
    assert.match(unsupportedMessage(binary.path, 'dap', 'Debugging'), /Debugging needs `monty-lsp dap`, which .* does not have/);
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'monty-dap-'));
  const program = path.join(dir, 'greet.py');
  fs.writeFileSync(program, 'print("customer", customer_id)\nlen(customer_id)\n');
  const dap = new Dap(binary.path, dir);
  try {
    const init = dap.send('initialize', { clientID: 'vscode', adapterID: 'monty', linesStartAt1: true, columnsStartAt1: true, pathFormat: 'path' });
    const initResp = await dap.waitFor((m) => m.type === 'response' && m.command === 'initialize', 'initialize response');
    assert.equal(initResp.success, true, initResp.message);
    assert.ok(init > 0);
    const launch = dap.send('launch', { program, inputs: { customer_id: 'c-42' }, stopOnEntry: false, stopOnExternalCall: false });
    await dap.waitFor((m) => m.type === 'event' && m.event === 'initialized', 'initialized event');
    dap.send('configurationDone', {});
    const launchResp = await dap.waitFor((m) => m.type === 'response' && m.command === 'launch', 'launch response');
    assert.equal(launchResp.success, true, launchResp.message);
    assert.ok(launch > init);
    await dap.waitFor((m) => m.type === 'event' && m.event === 'terminated', 'terminated event');
    const output = dap.received
      .filter((m) => m.type === 'event' && m.event === 'output')
      .map((m) => String(m.body?.output ?? ''))
      .join('');
    assert.match(output, /customer c-42/);
  } finally {
    dap.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
