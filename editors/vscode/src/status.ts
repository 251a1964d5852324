// The status bar item: the server's state and the profile the active file
// is checked with. Clicking it shows the server log.

import * as vscode from 'vscode';

import { Server } from './client';
import { shortProfile } from './project';
import { Projects } from './projects';
import { Settings } from './settings';

const icons: Record<string, string> = {
  starting: '$(sync~spin)',
  running: '$(check)',
  stopped: '$(circle-slash)',
  failed: '$(error)',
};

/** Shows the server's state and the active file's profile. */
export class StatusItem implements vscode.Disposable {
  private item: vscode.StatusBarItem;
  private generation = 0;

  constructor(
    private readonly server: Server,
    private readonly projects: Projects,
    private readonly settings: () => Settings,
  ) {
    this.item = vscode.window.createStatusBarItem('monty.status', vscode.StatusBarAlignment.Right, 100);
    this.item.name = 'Monty';
    this.item.command = 'monty.showServerLog';
  }

  /** Redraws the item; it is shown while a Monty file is active or the server has a problem. */
  async update(): Promise<void> {
    const gen = ++this.generation;
    const doc = vscode.window.activeTextEditor?.document;
    const isMonty = doc !== undefined && this.projects.isMonty(doc);
    const file = doc?.uri.scheme === 'file' ? doc.uri.fsPath : undefined;
    const { profile, from } = await this.projects.profileOf(isMonty ? file : undefined, this.settings().profile);
    if (gen !== this.generation) return; // a newer update is under way
    const s = this.server;
    this.item.text = `${icons[s.state]} Monty ${shortProfile(profile)}`;
    const lines = [
      `**Monty language server**: ${s.state}${s.failure ? ` — ${s.failure}` : ''}`,
      `Profile: \`${profile}\` (${from})`,
    ];
    if (s.binary) lines.push(`Binary: \`${s.binary.path}\` (${s.binary.source})${s.version ? `, version ${s.version}` : ''}`);
    if (s.state === 'running') lines.push(`Formatting: ${s.formats ? 'offered by the server' : 'not offered by this server'}`);
    lines.push('', 'Click to show the server log.');
    const md = new vscode.MarkdownString(lines.join('\n\n'));
    this.item.tooltip = md;
    this.item.backgroundColor = s.state === 'failed' ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
    if (isMonty || s.state === 'failed') this.item.show();
    else this.item.hide();
  }

  dispose(): void {
    this.item.dispose();
  }
}
