// A language-client session against the real monty-lsp, over
// vscode-languageserver-protocol's JSON-RPC on the process's stdio: the
// same wire the extension's LanguageClient uses, without VS Code.
//
// The binary is found the way the extension finds it (src/binary.ts):
// $MONTY_LSP as if it were the monty.path setting, else the one bundled
// in bin/<platform>-<arch>/ by `npm run package`, else PATH.

import { ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  InitializeResult,
  ProtocolConnection,
  PublishDiagnosticsParams,
  StreamMessageReader,
  StreamMessageWriter,
  TextEdit,
} from 'vscode-languageserver-protocol/node';

import { Binary, discover, processEnv } from '../../src/binary';

/** The extension's directory (out/test/client → ../../..). */
export const extensionDir = path.resolve(__dirname, '../../..');
/** The repository's example project. */
export const exampleDir = path.resolve(extensionDir, '../../testdata/example');

/** The binary the tests run. */
export function testBinary(): Binary {
  return discover(processEnv(process.env.MONTY_LSP ?? '', extensionDir));
}

/** Copies a directory tree (the example) to a fresh temp directory. */
export function copyTree(src: string, dst: string): void {
  fs.cpSync(src, dst, { recursive: true });
}

export const fileUri = (p: string) => pathToFileURL(p).toString();

/** One server process and the client end of its connection. */
export class Session {
  readonly conn: ProtocolConnection;
  private proc: ChildProcess;
  private diags = new Map<string, PublishDiagnosticsParams>();
  private waiters: Array<() => void> = [];
  stderr = '';
  init: InitializeResult | undefined;

  constructor(binary: string) {
    this.proc = spawn(binary, ['serve'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.proc.stderr!.setEncoding('utf8').on('data', (d: string) => (this.stderr += d));
    this.conn = createProtocolConnection(new StreamMessageReader(this.proc.stdout!), new StreamMessageWriter(this.proc.stdin!));
    this.conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.diags.set(p.uri, p);
      for (const w of this.waiters.splice(0)) w();
    });
    this.conn.onNotification('window/logMessage', () => {});
    this.conn.onRequest('client/registerCapability', () => null);
    this.conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => null));
    this.conn.listen();
  }

  /** Sends initialize and initialized for one workspace folder. */
  async initialize(root: string, initializationOptions: unknown = {}): Promise<InitializeResult> {
    this.init = await this.conn.sendRequest<InitializeResult>('initialize', {
      processId: process.pid,
      rootUri: fileUri(root),
      workspaceFolders: [{ uri: fileUri(root), name: path.basename(root) }],
      initializationOptions,
      capabilities: {
        textDocument: {
          publishDiagnostics: { relatedInformation: true },
          formatting: { dynamicRegistration: false },
          codeLens: { dynamicRegistration: false },
        },
        workspace: { configuration: true, workspaceFolders: true },
      },
    });
    await this.conn.sendNotification('initialized', {});
    return this.init;
  }

  /** Opens a file as the extension does for a Python file in a Monty project. */
  async open(file: string, text = fs.readFileSync(file, 'utf8')): Promise<string> {
    const uri = fileUri(file);
    await this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'python', version: 1, text } });
    return uri;
  }

  /** Waits for the diagnostics of uri (the first publication after open). */
  async diagnostics(uri: string, timeoutMs = 20000): Promise<PublishDiagnosticsParams> {
    const end = Date.now() + timeoutMs;
    while (!this.diags.has(uri)) {
      if (Date.now() > end) throw new Error(`no diagnostics for ${uri} within ${timeoutMs} ms; server stderr:\n${this.stderr}`);
      await new Promise<void>((r) => {
        this.waiters.push(r);
        setTimeout(r, 200);
      });
    }
    return this.diags.get(uri)!;
  }

  /** Asks for formatting edits. */
  format(uri: string, options: Record<string, unknown> = { tabSize: 4, insertSpaces: true }): Promise<TextEdit[] | null> {
    return this.conn.sendRequest<TextEdit[] | null>('textDocument/formatting', { textDocument: { uri }, options });
  }

  /** Shuts the server down politely and waits for the process to exit; returns its exit code. */
  async close(): Promise<number | null> {
    const exited = new Promise<number | null>((r) => this.proc.on('exit', (code) => r(code)));
    try {
      await this.conn.sendRequest('shutdown');
      await this.conn.sendNotification('exit');
    } catch {
      this.proc.kill();
    }
    const timer = setTimeout(() => this.proc.kill(), 5000);
    const code = await exited;
    clearTimeout(timer);
    this.conn.dispose();
    return code;
  }
}

/** Applies LSP text edits (UTF-16 positions) to a text, as VS Code does. */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const offset = (p: { line: number; character: number }) =>
    p.line >= lineStarts.length ? text.length : Math.min(lineStarts[p.line] + p.character, p.line + 1 < lineStarts.length ? lineStarts[p.line + 1] : text.length);
  const spans = edits
    .map((e) => ({ start: offset(e.range.start), end: offset(e.range.end), newText: e.newText }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let pos = 0;
  for (const s of spans) {
    if (s.start < pos) throw new Error(`overlapping edits at offset ${s.start}`);
    out += text.slice(pos, s.start) + s.newText;
    pos = s.end;
  }
  return out + text.slice(pos);
}
