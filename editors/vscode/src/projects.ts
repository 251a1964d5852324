// Finding the Monty projects of the workspace (the folders holding a
// monty.toml or a pyproject.toml with [tool.monty]) and telling whether a
// document is a Monty one.

import * as path from 'node:path';
import * as vscode from 'vscode';

import { hasToolMonty, readProfile, rootFor } from './project';

/** A Monty project: its root directory and configuration file. */
export interface Project {
  root: string;
  configFile: string;
}

/** Directories never searched for configuration files. */
const excluded = '**/{node_modules,.git,.venv,venv,.tox,__pycache__}/**';

/** The Monty projects of the workspace, found from its configuration files. */
export class Projects implements vscode.Disposable {
  private list: Project[] = [];
  private watcher: vscode.FileSystemWatcher;
  private changed = new vscode.EventEmitter<boolean>();
  /** Fires after each refresh, with whether the set of project roots changed. */
  readonly onDidChange = this.changed.event;
  private timer: NodeJS.Timeout | undefined;

  constructor() {
    this.watcher = vscode.workspace.createFileSystemWatcher('**/{monty.toml,pyproject.toml}');
    const later = () => {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.refresh(), 300);
    };
    this.watcher.onDidCreate(later);
    this.watcher.onDidDelete(later);
    this.watcher.onDidChange(later);
  }

  /** The projects found by the last refresh. */
  get all(): readonly Project[] {
    return this.list;
  }

  /** The project roots (absolute paths), for the document selector. */
  get roots(): string[] {
    return this.list.map((p) => p.root);
  }

  /** Searches the workspace again and fires onDidChange. */
  async refresh(): Promise<void> {
    const files = await vscode.workspace.findFiles('**/{monty.toml,pyproject.toml}', excluded, 1000);
    const byRoot = new Map<string, Project>();
    for (const f of files.sort((a, b) => a.fsPath.localeCompare(b.fsPath))) {
      const root = path.dirname(f.fsPath);
      const isMontyToml = path.basename(f.fsPath) === 'monty.toml';
      if (!isMontyToml) {
        if (byRoot.has(root)) continue; // monty.toml wins, as in the server
        const text = await readText(f);
        if (text === undefined || !hasToolMonty(text)) continue;
      }
      byRoot.set(root, { root, configFile: f.fsPath });
    }
    const next = [...byRoot.values()].sort((a, b) => a.root.localeCompare(b.root));
    const same = next.length === this.list.length && next.every((p, i) => p.root === this.list[i].root);
    this.list = next;
    this.changed.fire(!same);
  }

  /** The project a file belongs to, if any. */
  projectOf(file: string): Project | undefined {
    const root = rootFor(file, this.list.map((p) => p.root));
    return this.list.find((p) => p.root === root);
  }

  /** Whether the language server serves a document. */
  isMonty(doc: vscode.TextDocument): boolean {
    if (doc.languageId === 'monty') return true;
    return doc.languageId === 'python' && doc.uri.scheme === 'file' && this.projectOf(doc.uri.fsPath) !== undefined;
  }

  /** The profile a file is checked with and where that comes from. */
  async profileOf(file: string | undefined, setting: string): Promise<{ profile: string; from: string }> {
    if (setting) return { profile: setting, from: 'the monty.profile setting' };
    const p = file ? this.projectOf(file) : this.list.length === 1 ? this.list[0] : undefined;
    if (p) {
      const text = await readText(vscode.Uri.file(p.configFile));
      const prof = text === undefined ? undefined : readProfile(text, p.configFile);
      if (prof) return { profile: prof, from: vscode.workspace.asRelativePath(p.configFile) };
    }
    return { profile: 'newest', from: 'no profile is configured' };
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.watcher.dispose();
    this.changed.dispose();
  }
}

async function readText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}
