// The language client: starts monty-lsp for the Monty documents, restarts
// it when the binary, the profile or the set of Monty projects changes,
// and reports its state to whoever listens (the status bar).

import * as vscode from 'vscode';
import {
  DocumentFormattingRequest,
  LanguageClient,
  LanguageClientOptions,
  RevealOutputChannelOn,
  ServerOptions,
  State,
} from 'vscode-languageclient/node';

import { Binary, discover, ensureExecutable, processEnv } from './binary';
import { clearProbeCache } from './probe';
import { documentSelector } from './project';
import { initializationOptions, Settings } from './settings';

/** The server's state as the status bar shows it. */
export type ServerState = 'stopped' | 'starting' | 'running' | 'failed';

/** Owns the LanguageClient of the session and the server's output channel. */
export class Server implements vscode.Disposable {
  /** The "Monty Language Server" output channel: the server's stderr and the protocol trace. */
  readonly log: vscode.OutputChannel;
  private client: LanguageClient | undefined;
  private roots: string[] = [];
  private changed = new vscode.EventEmitter<void>();
  /** Fires whenever state, binary or version change. */
  readonly onDidChange = this.changed.event;
  state: ServerState = 'stopped';
  binary: Binary | undefined;
  /** Why the server is not running, when it failed. */
  failure: string | undefined;
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly extensionPath: string,
    private readonly settings: () => Settings,
  ) {
    this.log = vscode.window.createOutputChannel('Monty Language Server');
  }

  /** Runs a file for the server's monty.run command (the Run code lens); set by the extension. */
  runHandler: ((uri?: string) => Promise<void>) | undefined;

  /** The server's version from initialize, if running. */
  get version(): string | undefined {
    return this.client?.initializeResult?.serverInfo?.version;
  }

  /** Whether the running server offers document formatting. */
  get formats(): boolean {
    return !!this.client?.initializeResult?.capabilities.documentFormattingProvider && this.state === 'running';
  }

  /** The project roots (absolute paths) whose Python files the server gets. */
  get projectRoots(): readonly string[] {
    return this.roots;
  }

  /** Serializes start/stop so that quick setting changes cannot start two servers. */
  private serial(f: () => Promise<void>): Promise<void> {
    this.queue = this.queue.then(f, f);
    return this.queue;
  }

  /** Starts the server (stopping the current one) for the given project roots. */
  restart(roots: readonly string[] = this.roots): Promise<void> {
    return this.serial(async () => {
      await this.stopNow();
      this.roots = [...roots];
      await this.startNow();
    });
  }

  /** Stops the server. */
  stop(): Promise<void> {
    return this.serial(() => this.stopNow());
  }

  private setState(s: ServerState, failure?: string): void {
    this.state = s;
    this.failure = failure;
    this.changed.fire();
  }

  private async startNow(): Promise<void> {
    clearProbeCache();
    const s = this.settings();
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
    try {
      this.binary = discover(processEnv(s.path, this.extensionPath, folder));
    } catch (e) {
      this.binary = undefined;
      this.setState('failed', (e as Error).message);
      this.log.appendLine(`[monty] ${(e as Error).message}`);
      void vscode.window.showErrorMessage((e as Error).message, 'Open Settings').then((pick) => {
        if (pick) void vscode.commands.executeCommand('workbench.action.openSettings', 'monty.path');
      });
      return;
    }
    ensureExecutable(this.binary);
    this.log.appendLine(`[monty] starting ${this.binary.path} serve (from ${this.binary.source})`);
    const serverOptions: ServerOptions = { command: this.binary.path, args: ['serve'], options: { cwd: folder } };
    const clientOptions: LanguageClientOptions = {
      documentSelector: documentSelector(this.roots) as LanguageClientOptions['documentSelector'],
      outputChannel: this.log,
      revealOutputChannelOn: RevealOutputChannelOn.Never,
      initializationOptions: initializationOptions(s),
      synchronize: { configurationSection: 'monty' },
      middleware: {
        // The server's "▶ Run" code lens runs the file as Run Current File
        // does (inputs and mocks from launch.json, output in Monty Run)
        // instead of a server-side run whose report nobody would see.
        executeCommand: (command, args, next) =>
          command === 'monty.run' && this.runHandler ? this.runHandler(typeof args[0] === 'string' ? args[0] : undefined) : next(command, args),
      },
    };
    const client = new LanguageClient('monty', 'Monty Language Server', serverOptions, clientOptions);
    this.client = client;
    client.onDidChangeState((e) => {
      if (this.client !== client) return;
      if (e.newState === State.Running) this.setState('running');
      else if (e.newState === State.Starting) this.setState('starting');
      else this.setState('stopped');
    });
    this.setState('starting');
    try {
      await client.start();
      this.setState('running');
    } catch (e) {
      this.client = undefined;
      this.setState('failed', `monty-lsp did not start: ${(e as Error).message}`);
      this.log.appendLine(`[monty] ${this.failure}`);
    }
  }

  private async stopNow(): Promise<void> {
    const c = this.client;
    this.client = undefined;
    if (c) {
      try {
        await c.stop(2000);
      } catch (e) {
        this.log.appendLine(`[monty] stopping the server: ${(e as Error).message}`);
      }
    }
    this.setState('stopped');
  }

  /** Asks the server to format a document; [] when it cannot. */
  async formatEdits(doc: vscode.TextDocument, options: vscode.FormattingOptions, token?: vscode.CancellationToken): Promise<vscode.TextEdit[]> {
    const c = this.client;
    if (!c || !this.formats) return [];
    const params = {
      textDocument: c.code2ProtocolConverter.asTextDocumentIdentifier(doc),
      options: { tabSize: options.tabSize, insertSpaces: options.insertSpaces },
    };
    const edits = await c.sendRequest(DocumentFormattingRequest.type, params, token);
    return (await c.protocol2CodeConverter.asTextEdits(edits, token)) ?? [];
  }

  dispose(): void {
    void this.stop();
    this.changed.dispose();
    this.log.dispose();
  }
}
