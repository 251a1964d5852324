// Launch configurations: validation before the adapter starts, and the
// configuration the Run command borrows inputs and mocks from.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import * as fs from 'node:fs';
import * as path from 'node:path';

import { debugConfigFor, defaultLaunch, launchForFile, validateLaunch } from '../../src/launch';

test('a complete launch configuration is valid', () => {
  assert.deepEqual(
    validateLaunch({ type: 'monty', request: 'launch', name: 'x', program: 'r.py', inputs: { a: 1 }, mocks: 'm.json', stopOnEntry: true, stopOnExternalCall: false }),
    [],
  );
  assert.deepEqual(validateLaunch(defaultLaunch('/p/r.py')), []);
});

test('each problem is named', () => {
  const p = validateLaunch({ request: 'attach', inputs: [] as unknown as Record<string, unknown>, inputsFile: 'i.json', mocks: 3 as unknown as string, stopOnEntry: 'yes' as unknown as boolean });
  assert.deepEqual(p, [
    'request must be "launch" (monty-lsp cannot attach), not "attach"',
    '"program" must name the Monty file to run',
    '"inputs" must be an object mapping input names to JSON values',
    'give either "inputs" or "inputsFile", not both',
    '"mocks" must be a file path',
    '"stopOnEntry" must be true or false',
  ]);
});

test('Run uses the launch configuration of the file, else the ${file} one', () => {
  const configs = [
    { type: 'python', name: 'py', program: '${file}' },
    { type: 'monty', name: 'any', program: '${file}', inputs: { a: 0 } },
    { type: 'monty', name: 'discount', program: '${workspaceFolder}/rules/discount.py', inputs: { a: 1 }, mocks: 'mocks.json' },
    { type: 'monty', name: 'rel', program: 'rules/shipping.py', inputsFile: '${fileDirname}/in.json' },
  ];
  const d = launchForFile(configs, '/ws/rules/discount.py', '/ws');
  assert.deepEqual(d && { name: d.name, program: d.program, inputs: d.inputs, mocks: d.mocks }, { name: 'discount', program: '/ws/rules/discount.py', inputs: { a: 1 }, mocks: '/ws/mocks.json' });
  assert.equal(launchForFile(configs, '/ws/rules/shipping.py', '/ws')?.inputsFile, '/ws/rules/in.json');
  assert.equal(launchForFile(configs, '/ws/rules/other.py', '/ws')?.name, 'any');
  assert.equal(launchForFile(configs.slice(2), '/ws/rules/other.py', '/ws'), undefined);
  assert.equal(launchForFile(undefined, '/ws/a.py', '/ws'), undefined);
});

test('Debug Current File starts the file\'s launch configuration, else the default one', () => {
  const configs = [
    { type: 'monty', name: 'discount', program: '${workspaceFolder}/rules/discount.py', inputs: { a: 1 }, mocks: 'mocks.json', stopOnExternalCall: true },
  ];
  const d = debugConfigFor(configs, '/ws/rules/discount.py', '/ws');
  assert.deepEqual(d, {
    type: 'monty', request: 'launch', name: 'discount', program: '/ws/rules/discount.py', inputs: { a: 1 }, mocks: '/ws/mocks.json', stopOnExternalCall: true,
  });
  assert.deepEqual(debugConfigFor(configs, '/ws/rules/other.py', '/ws'), defaultLaunch('/ws/rules/other.py'));
  assert.deepEqual(validateLaunch(d), []);
});

test('host and cwd are checked', () => {
  assert.deepEqual(validateLaunch({ program: 'r.py', host: 3 as unknown as string, cwd: false as unknown as string }), [
    '"cwd" must be a file path',
    '"host" must be a command line',
  ]);
});

test('package.json documents every launch argument the adapter takes, and the debug command', () => {
  const pkg = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../package.json'), 'utf8'));
  const dbg = pkg.contributes.debuggers.find((d: { type: string }) => d.type === 'monty');
  const props = Object.keys(dbg.configurationAttributes.launch.properties).sort();
  // The arguments of monty-lsp dap (dap/launch.go's launchArgs, less noDebug, which VS Code sets itself).
  assert.deepEqual(props, ['config', 'cwd', 'host', 'inputs', 'inputsFile', 'mocks', 'program', 'stopOnEntry', 'stopOnExternalCall']);
  for (const snip of dbg.configurationSnippets) {
    for (const k of Object.keys(snip.body)) assert.ok(['type', 'request', 'name', ...props].includes(k), `snippet "${snip.label}" uses unknown "${k}"`);
  }
  assert.ok(pkg.contributes.commands.some((c: { command: string }) => c.command === 'monty.debug'));
});
