// Entry point of the Monty extension: wires the language client, the
// status bar, the commands, format on save and the debugger together.
// The logic that needs no VS Code lives in binary.ts, settings.ts,
// project.ts, run.ts and launch.ts, where the unit tests reach it.

import * as vscode from 'vscode';

import { Server } from './client';
import { registerDebugger } from './debug';
import { MontyMode } from './montyMode';
import { Projects } from './projects';
import { Runner } from './runCommand';
import { needsRestart, readSettings, Settings } from './settings';
import { StatusItem } from './status';

let server: Server | undefined;

/** Activates the extension (on a monty.toml/pyproject.toml in the workspace, a Monty file, a command or a debug launch). */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  let settings = loadSettings(undefined);
  const get = () => settings;
  const projects = new Projects();
  server = new Server(context.extensionPath, get);
  const status = new StatusItem(server, projects, get);
  const runner = new Runner(context.extensionPath, projects, get);
  server.runHandler = (uri) => runner.run(uri);
  const mode = new MontyMode(context.workspaceState);
  const update = () => {
    void status.update();
    const doc = vscode.window.activeTextEditor?.document;
    void vscode.commands.executeCommand('setContext', 'monty.activeEditorIsMonty', doc !== undefined && projects.isMonty(doc));
  };
  let formatNoticeShown = false;
  context.subscriptions.push(
    server,
    projects,
    status,
    runner,
    mode,
    registerDebugger(context.extensionPath, projects, get),
    vscode.commands.registerCommand('monty.runFile', (uri?: vscode.Uri | string) => runner.run(uri)),
    vscode.commands.registerCommand('monty.restartServer', () => server!.restart(projects.roots)),
    vscode.commands.registerCommand('monty.showServerLog', () => server!.log.show(true)),
    vscode.commands.registerCommand('monty.useMontyMode', async () => {
      await mode.useMonty();
      await startIfNeeded();
    }),
    vscode.commands.registerCommand('monty.usePythonMode', () => mode.usePython()),
    server.onDidChange(update),
    vscode.window.onDidChangeActiveTextEditor(update),
    projects.onDidChange((rootsChanged) => {
      update();
      if (rootsChanged && (started || projects.all.length > 0)) {
        started = true;
        void server!.restart(projects.roots);
      }
    }),
    vscode.workspace.onDidOpenTextDocument((d) => {
      if (d.languageId === 'monty') void startIfNeeded();
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration('monty')) return;
      const before = settings;
      settings = loadSettings(server!.log);
      const keys = ['path', 'profile', 'lineLength'] as const;
      if (keys.some((k) => needsRestart(k) && before[k] !== settings[k])) void server!.restart(projects.roots);
      update();
    }),
    vscode.workspace.onWillSaveTextDocument((e) => {
      if (!settings.formatOnSave || e.reason === vscode.TextDocumentSaveReason.AfterDelay || !projects.isMonty(e.document)) return;
      if (!server!.formats) {
        if (server!.state === 'running' && !formatNoticeShown) {
          formatNoticeShown = true;
          server!.log.appendLine('[monty] format on save: this monty-lsp does not offer formatting, so files are saved as they are.');
        }
        return;
      }
      const editor = vscode.window.visibleTextEditors.find((ed) => ed.document === e.document);
      const options = { tabSize: Number(editor?.options.tabSize ?? 4), insertSpaces: editor?.options.insertSpaces !== false };
      e.waitUntil(server!.formatEdits(e.document, options));
    }),
  );

  // Start when the workspace has a Monty project or a Monty file is open;
  // otherwise wait for one (a switched file, a new monty.toml).
  let started = false;
  async function startIfNeeded(): Promise<void> {
    if (started) return;
    started = true;
    await server!.restart(projects.roots);
  }
  await projects.refresh();
  if (projects.all.length > 0 || vscode.workspace.textDocuments.some((d) => d.languageId === 'monty')) {
    await startIfNeeded();
  }
  update();
}

/** Reads the settings and logs the values that were ignored. */
function loadSettings(log: vscode.OutputChannel | undefined): Settings {
  const cfg = vscode.workspace.getConfiguration('monty');
  const { settings, problems } = readSettings((k) => cfg.get(k));
  for (const p of problems) {
    log?.appendLine(`[monty] setting ${p}`);
    void vscode.window.showWarningMessage(`Monty: ${p}.`);
  }
  return settings;
}

/** Stops the language server. */
export function deactivate(): Thenable<void> | undefined {
  return server?.stop();
}
