// The "monty" debugger: VS Code talks DAP to `monty-lsp dap` over stdio.
// Launch configurations are checked here first, and a binary without the
// dap subcommand is reported clearly instead of failing inside VS Code.

import * as path from 'node:path';
import * as vscode from 'vscode';

import { discover, ensureExecutable, processEnv } from './binary';
import { debugConfigFor, defaultLaunch, MontyLaunch, validateLaunch } from './launch';
import { hasSubcommand } from './probe';
import { Projects } from './projects';
import { unsupportedMessage } from './run';
import { Settings } from './settings';

/** Registers the configuration provider and the adapter factory for type "monty". */
export function registerDebugger(extensionPath: string, projects: Projects, settings: () => Settings): vscode.Disposable {
  const binaryFor = (folder?: vscode.WorkspaceFolder) => {
    const b = discover(processEnv(settings().path, extensionPath, folder?.uri.fsPath));
    ensureExecutable(b);
    return b;
  };

  const provider: vscode.DebugConfigurationProvider = {
    resolveDebugConfiguration(_folder, config) {
      // F5 without a launch.json: run the active Monty file.
      if (!config.type && !config.request && !config.name) {
        const doc = vscode.window.activeTextEditor?.document;
        if (!doc || !projects.isMonty(doc)) {
          void vscode.window.showErrorMessage('Monty: open a Monty file, or add a "monty" configuration to launch.json.');
          return undefined;
        }
        return defaultLaunch(doc.uri.fsPath) as vscode.DebugConfiguration;
      }
      return config;
    },
    async resolveDebugConfigurationWithSubstitutedVariables(folder, config) {
      const problems = validateLaunch(config as MontyLaunch);
      if (problems.length > 0) {
        void vscode.window.showErrorMessage(`Monty launch configuration "${config.name}": ${problems.join('; ')}.`);
        return undefined;
      }
      let binary;
      try {
        binary = binaryFor(folder);
      } catch (e) {
        void vscode.window.showErrorMessage((e as Error).message);
        return undefined;
      }
      if (!(await hasSubcommand(binary.path, 'dap'))) {
        void vscode.window.showErrorMessage(`Monty: ${unsupportedMessage(binary.path, 'dap', 'Debugging')}`);
        return undefined;
      }
      const base = folder?.uri.fsPath ?? path.dirname(config.program);
      const c = { ...config } as MontyLaunch;
      for (const k of ['program', 'config', 'inputsFile', 'mocks', 'cwd'] as const) {
        const v = c[k];
        if (typeof v === 'string') c[k] = path.resolve(base, v);
      }
      return c as vscode.DebugConfiguration;
    },
  };

  const factory: vscode.DebugAdapterDescriptorFactory = {
    createDebugAdapterDescriptor(session) {
      const binary = binaryFor(session.workspaceFolder);
      const cwd = projects.projectOf(session.configuration.program)?.root ?? session.workspaceFolder?.uri.fsPath;
      return new vscode.DebugAdapterExecutable(binary.path, ['dap'], { cwd });
    },
  };

  // The "Monty..." entry of the Run and Debug picker: debug the active file.
  const dynamic: vscode.DebugConfigurationProvider = {
    provideDebugConfigurations() {
      const doc = vscode.window.activeTextEditor?.document;
      return doc && projects.isMonty(doc) && doc.uri.scheme === 'file' ? [defaultLaunch(doc.uri.fsPath) as vscode.DebugConfiguration] : [];
    },
  };

  return vscode.Disposable.from(
    vscode.commands.registerCommand('monty.debug', (arg?: vscode.Uri | string) => debugFile(arg)),
    vscode.debug.registerDebugConfigurationProvider('monty', provider),
    vscode.debug.registerDebugConfigurationProvider('monty', dynamic, vscode.DebugConfigurationProviderTriggerKind.Dynamic),
    vscode.debug.registerDebugAdapterDescriptorFactory('monty', factory),
  );
}

/**
 * "Monty: Debug Current File" and the Debug code lens (whose argument is
 * the file's URI): saves the file and starts the monty debugger on it with
 * its launch configuration's inputs and mocks, if launch.json has one.
 */
async function debugFile(arg?: vscode.Uri | string): Promise<boolean> {
  const uri = typeof arg === 'string' ? vscode.Uri.parse(arg) : arg instanceof vscode.Uri ? arg : vscode.window.activeTextEditor?.document.uri;
  if (!uri) {
    void vscode.window.showErrorMessage('Monty: open a Monty file to debug it.');
    return false;
  }
  if (uri.scheme !== 'file') {
    void vscode.window.showErrorMessage('Monty: save the file before debugging it (monty-lsp runs files on disk).');
    return false;
  }
  const doc = await vscode.workspace.openTextDocument(uri);
  if (doc.isDirty && !(await doc.save())) {
    void vscode.window.showErrorMessage(`Monty: could not save ${path.basename(uri.fsPath)}.`);
    return false;
  }
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  const configs = vscode.workspace.getConfiguration('launch', folder?.uri).get<unknown[]>('configurations');
  const config = debugConfigFor(configs, uri.fsPath, folder?.uri.fsPath);
  return vscode.debug.startDebugging(folder, config as vscode.DebugConfiguration);
}
