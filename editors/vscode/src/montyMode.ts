// "Monty mode" for files outside a Monty project: the commands switch a
// document's language between "python" and "monty" (the language the
// client always serves), and the choice is remembered per workspace so
// the file opens in Monty mode next time.

import * as vscode from 'vscode';

const key = 'monty.montyModeFiles';

/** Remembers which files the user switched to Monty mode. */
export class MontyMode implements vscode.Disposable {
  private subs: vscode.Disposable[] = [];

  constructor(private readonly state: vscode.Memento) {
    this.subs.push(vscode.workspace.onDidOpenTextDocument((d) => void this.reapply(d)));
    for (const d of vscode.workspace.textDocuments) void this.reapply(d);
  }

  private files(): string[] {
    return this.state.get<string[]>(key, []);
  }

  private async remember(uri: vscode.Uri, on: boolean): Promise<void> {
    const s = new Set(this.files());
    if (on) s.add(uri.toString());
    else s.delete(uri.toString());
    await this.state.update(key, [...s].sort());
  }

  /** Switches a remembered file back to Monty when it is opened as Python. */
  private async reapply(doc: vscode.TextDocument): Promise<void> {
    if (doc.languageId === 'python' && this.files().includes(doc.uri.toString())) {
      await vscode.languages.setTextDocumentLanguage(doc, 'monty');
    }
  }

  /** The command "Treat This File as Monty". */
  async useMonty(): Promise<void> {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc) return;
    await this.remember(doc.uri, true);
    if (doc.languageId !== 'monty') await vscode.languages.setTextDocumentLanguage(doc, 'monty');
  }

  /** The command "Treat This File as Plain Python". */
  async usePython(): Promise<void> {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc) return;
    await this.remember(doc.uri, false);
    if (doc.languageId !== 'python') await vscode.languages.setTextDocumentLanguage(doc, 'python');
  }

  dispose(): void {
    for (const s of this.subs) s.dispose();
  }
}
