// The "Monty: Run Current File" command: runs the file with
// `monty-lsp run --json`, taking inputs and mocks from a matching "monty"
// launch configuration, and prints output, result and external calls to
// the "Monty Run" output channel.

import * as path from 'node:path';
import * as vscode from 'vscode';

import { discover, ensureExecutable, processEnv } from './binary';
import { launchForFile } from './launch';
import { Projects } from './projects';
import { formatReport, runArgs, RunRequest, runFile } from './run';
import { Settings } from './settings';

/** Runs Monty files and shows what happened. */
export class Runner implements vscode.Disposable {
  /** The "Monty Run" output channel. */
  readonly channel = vscode.window.createOutputChannel('Monty Run');

  constructor(
    private readonly extensionPath: string,
    private readonly projects: Projects,
    private readonly settings: () => Settings,
  ) {}

  /** Runs the file at uri (a code lens passes it) or the active editor's file. */
  async run(arg?: vscode.Uri | string): Promise<void> {
    const uri = typeof arg === 'string' ? vscode.Uri.parse(arg) : arg instanceof vscode.Uri ? arg : vscode.window.activeTextEditor?.document.uri;
    if (!uri) {
      void vscode.window.showErrorMessage('Monty: open a Monty file to run it.');
      return;
    }
    if (uri.scheme !== 'file') {
      void vscode.window.showErrorMessage('Monty: save the file before running it (monty-lsp runs files on disk).');
      return;
    }
    const doc = await vscode.workspace.openTextDocument(uri);
    if (doc.isDirty && !(await doc.save())) {
      void vscode.window.showErrorMessage(`Monty: could not save ${path.basename(uri.fsPath)}.`);
      return;
    }
    const req = this.request(uri.fsPath);
    if (!req) return;
    await this.execute(req.request, req.from);
  }

  /** Builds the request: binary, working directory, inputs and mocks. */
  private request(file: string): { request: RunRequest; from?: string } | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(vscode.Uri.file(file));
    let binary;
    try {
      binary = discover(processEnv(this.settings().path, this.extensionPath, folder?.uri.fsPath));
    } catch (e) {
      void vscode.window.showErrorMessage((e as Error).message);
      return undefined;
    }
    ensureExecutable(binary);
    const cwd = this.projects.projectOf(file)?.root ?? folder?.uri.fsPath ?? path.dirname(file);
    const configs = vscode.workspace.getConfiguration('launch', folder?.uri).get<unknown[]>('configurations');
    const launch = launchForFile(configs, file, folder?.uri.fsPath);
    const request: RunRequest = { binary: binary.path, file, cwd };
    if (launch) {
      request.inputs = launch.inputs;
      request.inputsFile = launch.inputsFile;
      request.mocks = launch.mocks;
      request.config = launch.config;
    }
    return { request, from: launch?.name };
  }

  private async execute(req: RunRequest, from?: string): Promise<void> {
    const ch = this.channel;
    ch.show(true);
    // Paths relative to the project keep the command line short enough to read.
    const rel = (p?: string) => (p === undefined ? undefined : path.relative(req.cwd, p) || p);
    const shown = { ...req, file: rel(req.file)!, mocks: rel(req.mocks), inputsFile: rel(req.inputsFile), config: rel(req.config) };
    ch.appendLine(`> monty-lsp ${runArgs(shown).join(' ')}` + (from ? `   (inputs and mocks from launch configuration "${from}")` : ''));
    const handle = runFile(req);
    const outcome = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: `Running ${path.basename(req.file)}`, cancellable: true },
      (_p, token) => {
        token.onCancellationRequested(() => handle.cancel());
        return handle.outcome;
      },
    );
    if (outcome.kind === 'report') {
      ch.appendLine(formatReport(outcome.report));
      if (outcome.stderr.trim()) ch.appendLine(`--- stderr ---\n${outcome.stderr.trimEnd()}`);
      ch.appendLine(outcome.report.error ? '[run finished with an error]' : '[run finished]');
    } else {
      if (outcome.kind === 'failed' && outcome.stderr.trim()) ch.appendLine(outcome.stderr.trimEnd());
      ch.appendLine(`[${outcome.message}]`);
      void vscode.window.showErrorMessage(`Monty: ${outcome.message}`);
    }
    ch.appendLine('');
  }

  dispose(): void {
    this.channel.dispose();
  }
}
