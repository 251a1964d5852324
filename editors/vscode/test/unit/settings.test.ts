// Settings: defaults, validation of hand-edited values, what reaches the
// server, and which changes restart it.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { initializationOptions, needsRestart, readSettings } from '../../src/settings';

const getter = (values: Record<string, unknown>) => (k: string) => values[k];

test('defaults when nothing is set', () => {
  const { settings, problems } = readSettings(getter({}));
  assert.deepEqual(settings, { path: '', profile: '', lineLength: undefined, formatOnSave: true, trace: 'off' });
  assert.deepEqual(problems, []);
  assert.deepEqual(initializationOptions(settings), {});
});

test('valid values are taken as they are', () => {
  const { settings, problems } = readSettings(
    getter({ path: ' /opt/monty-lsp ', profile: 'monty-0.0.18', lineLength: 100, formatOnSave: false, 'trace.server': 'verbose' }),
  );
  assert.deepEqual(settings, { path: '/opt/monty-lsp', profile: 'monty-0.0.18', lineLength: 100, formatOnSave: false, trace: 'verbose' });
  assert.deepEqual(problems, []);
  assert.deepEqual(initializationOptions(settings), { profile: 'monty-0.0.18', lineLength: 100 });
});

test('a profile may be a path to a profile file', () => {
  assert.equal(readSettings(getter({ profile: 'profiles/monty-0.0.30.json' })).settings.profile, 'profiles/monty-0.0.30.json');
});

test('bad values fall back to the defaults and are reported', () => {
  const { settings, problems } = readSettings(
    getter({ path: 42, profile: 'monty 0.0.23; rm', lineLength: 0, formatOnSave: 'yes', 'trace.server': 'loud' }),
  );
  assert.deepEqual(settings, { path: '', profile: '', lineLength: undefined, formatOnSave: true, trace: 'off' });
  assert.equal(problems.length, 5);
  assert.match(problems.join('\n'), /monty\.path must be a string/);
  assert.match(problems.join('\n'), /monty\.lineLength must be an integer from 1 to 320, not 0/);
  assert.match(problems.join('\n'), /monty\.trace\.server must be/);
  assert.equal(readSettings(getter({ lineLength: 321 })).problems.length, 1);
  assert.equal(readSettings(getter({ lineLength: 88.5 })).problems.length, 1);
  assert.equal(readSettings(getter({ lineLength: null })).settings.lineLength, undefined);
});

test('the binary, the profile and the line length restart the server; the rest apply live', () => {
  assert.deepEqual(
    ['path', 'profile', 'lineLength', 'formatOnSave', 'trace.server'].filter(needsRestart),
    ['path', 'profile', 'lineLength'],
  );
});
