// The extension's settings, read through a getter so that the unit tests
// need no VS Code. Bad values (a hand-edited settings.json can hold
// anything) fall back to the default and are reported, never thrown.

/** The monty.* settings, with defaults applied. */
export interface Settings {
  /** monty.path: the binary to run; '' means discover it. */
  path: string;
  /** monty.profile: the Monty profile; '' means the project's. */
  profile: string;
  /** monty.lineLength: the formatter's line length; undefined means the project's. */
  lineLength: number | undefined;
  /** monty.formatOnSave: format with the server when saving. */
  formatOnSave: boolean;
  /** monty.trace.server: how much of the protocol to trace. */
  trace: 'off' | 'messages' | 'verbose';
}

/** Reads one setting below "monty."; VS Code's WorkspaceConfiguration.get fits. */
export type Getter = (key: string) => unknown;

/** A profile name: "monty-" and a version, or a path to a profile file. */
const profilePattern = /^[A-Za-z0-9_.\-/\\:~]+$/;

/** Reads and validates the settings; problems lists what was ignored and why. */
export function readSettings(get: Getter): { settings: Settings; problems: string[] } {
  const problems: string[] = [];
  const str = (key: string): string => {
    const v = get(key);
    if (v === undefined || v === null) return '';
    if (typeof v !== 'string') {
      problems.push(`monty.${key} must be a string, not ${JSON.stringify(v)}; ignored`);
      return '';
    }
    return v.trim();
  };
  const settings: Settings = { path: str('path'), profile: str('profile'), lineLength: undefined, formatOnSave: true, trace: 'off' };
  if (settings.profile !== '' && !profilePattern.test(settings.profile)) {
    problems.push(`monty.profile "${settings.profile}" is not a profile name such as monty-0.0.23; ignored`);
    settings.profile = '';
  }
  const ll = get('lineLength');
  if (ll !== undefined && ll !== null) {
    if (typeof ll === 'number' && Number.isInteger(ll) && ll >= 1 && ll <= 320) {
      settings.lineLength = ll;
    } else {
      problems.push(`monty.lineLength must be an integer from 1 to 320, not ${JSON.stringify(ll)}; ignored`);
    }
  }
  const fos = get('formatOnSave');
  if (typeof fos === 'boolean') settings.formatOnSave = fos;
  else if (fos !== undefined && fos !== null) problems.push(`monty.formatOnSave must be true or false, not ${JSON.stringify(fos)}; ignored`);
  const trace = get('trace.server');
  if (trace === 'off' || trace === 'messages' || trace === 'verbose') settings.trace = trace;
  else if (trace !== undefined && trace !== null) problems.push(`monty.trace.server must be "off", "messages" or "verbose", not ${JSON.stringify(trace)}; ignored`);
  return { settings, problems };
}

/**
 * The initializationOptions sent to the server: only what the user set, so
 * that the project's monty.toml decides everything else.
 */
export function initializationOptions(s: Settings): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  if (s.profile) o.profile = s.profile;
  if (s.lineLength !== undefined) o.lineLength = s.lineLength;
  return o;
}

/** Whether a change of setting key needs a server restart (the others apply live). */
export function needsRestart(key: string): boolean {
  return key === 'path' || key === 'profile' || key === 'lineLength';
}
