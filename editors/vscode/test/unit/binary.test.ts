// Binary discovery: the monty.path setting, then the bundled binary, then
// PATH, with a fake file system so every platform can be checked here.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { BinaryNotFoundError, bundledPath, discover, DiscoveryEnv, expandSetting, findOnPath } from '../../src/binary';

function env(over: Partial<DiscoveryEnv>, files: string[]): DiscoveryEnv {
  const set = new Set(files);
  return {
    settingPath: '',
    extensionPath: '/ext',
    platform: 'linux',
    arch: 'x64',
    env: { PATH: '/usr/local/bin:/usr/bin', HOME: '/home/u' },
    isFile: (p) => set.has(p),
    ...over,
  };
}

test('the setting wins over the bundled binary and PATH', () => {
  const b = discover(env({ settingPath: '/opt/monty-lsp' }, ['/opt/monty-lsp', '/ext/bin/linux-x64/monty-lsp', '/usr/bin/monty-lsp']));
  assert.deepEqual(b, { path: '/opt/monty-lsp', source: 'setting' });
});

test('a setting naming a missing file is an error, not a fallback', () => {
  assert.throws(
    () => discover(env({ settingPath: '/opt/missing' }, ['/ext/bin/linux-x64/monty-lsp'])),
    (e: Error) => e instanceof BinaryNotFoundError && /monty\.path is set to "\/opt\/missing"/.test(e.message),
  );
});

test('the setting expands ~ and ${workspaceFolder}, and resolves relative paths in the workspace', () => {
  assert.equal(discover(env({ settingPath: '~/go/bin/monty-lsp' }, ['/home/u/go/bin/monty-lsp'])).path, '/home/u/go/bin/monty-lsp');
  assert.equal(
    discover(env({ settingPath: '${workspaceFolder}/tools/monty-lsp', workspaceFolder: '/ws' }, ['/ws/tools/monty-lsp'])).path,
    '/ws/tools/monty-lsp',
  );
  assert.equal(discover(env({ settingPath: './tools/monty-lsp', workspaceFolder: '/ws' }, ['/ws/tools/monty-lsp'])).path, '/ws/tools/monty-lsp');
});

test('a bare program name in the setting is looked up on PATH', () => {
  const b = discover(env({ settingPath: 'monty-lsp-dev' }, ['/usr/bin/monty-lsp-dev', '/ext/bin/linux-x64/monty-lsp']));
  assert.deepEqual(b, { path: '/usr/bin/monty-lsp-dev', source: 'setting' });
  assert.throws(() => discover(env({ settingPath: 'nope' }, [])), /no such program is on PATH/);
});

test('without the setting the bundled binary for the platform is used', () => {
  for (const [platform, arch, file] of [
    ['linux', 'arm64', '/ext/bin/linux-arm64/monty-lsp'],
    ['darwin', 'arm64', '/ext/bin/darwin-arm64/monty-lsp'],
    ['darwin', 'x64', '/ext/bin/darwin-x64/monty-lsp'],
  ] as const) {
    assert.deepEqual(discover(env({ platform, arch }, [file, '/usr/bin/monty-lsp'])), { path: file, source: 'bundled' });
  }
  const win = env({ platform: 'win32', arch: 'x64', extensionPath: 'C:\\ext', env: { Path: 'C:\\tools' } }, ['C:\\ext\\bin\\win32-x64\\monty-lsp.exe']);
  assert.deepEqual(discover(win), { path: 'C:\\ext\\bin\\win32-x64\\monty-lsp.exe', source: 'bundled' });
});

test('without a bundled binary, PATH is searched in order', () => {
  const b = discover(env({}, ['/usr/local/bin/monty-lsp', '/usr/bin/monty-lsp']));
  assert.deepEqual(b, { path: '/usr/local/bin/monty-lsp', source: 'PATH' });
  assert.equal(discover(env({ arch: 'ia32' }, ['/usr/bin/monty-lsp'])).path, '/usr/bin/monty-lsp');
});

test('on Windows PATH is searched with PATHEXT', () => {
  const e = env({ platform: 'win32', arch: 'x64', extensionPath: 'C:\\ext', env: { Path: 'C:\\a;"C:\\b c"', PATHEXT: '.COM;.EXE' } }, ['C:\\b c\\monty-lsp.exe']);
  assert.deepEqual(discover(e), { path: 'C:\\b c\\monty-lsp.exe', source: 'PATH' });
});

test('the error says where it looked, and names an unsupported platform', () => {
  assert.throws(() => discover(env({}, [])), /bundled binary \/ext\/bin\/linux-x64\/monty-lsp is missing.*not on PATH/);
  assert.throws(() => discover(env({ platform: 'freebsd', arch: 'x64' }, [])), /bundles no binary for freebsd-x64/);
});

test('helpers: bundledPath, expandSetting, findOnPath', () => {
  assert.equal(bundledPath('/e', 'linux', 'x64'), '/e/bin/linux-x64/monty-lsp');
  assert.equal(bundledPath('C:\\e', 'win32', 'x64'), 'C:\\e\\bin\\win32-x64\\monty-lsp.exe');
  assert.equal(expandSetting(' ${userHome}/x ', { env: { HOME: '/h' }, platform: 'linux' }), '/h/x');
  assert.equal(findOnPath(env({ env: { PATH: '' } }, ['/monty-lsp'])), undefined);
});
