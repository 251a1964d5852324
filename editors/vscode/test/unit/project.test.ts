// Which files are Monty files: pyproject [tool.monty] detection, the
// profile shown in the status bar, project roots and the document
// selector.
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';

import { documentSelector, globBelow, hasToolMonty, readProfile, rootFor, shortProfile, tableHeader } from '../../src/project';

test('pyproject.toml configures Monty only with a [tool.monty] table or key', () => {
  assert.equal(hasToolMonty('[project]\nname = "x"\n\n[tool.monty]\nprofile = "monty-0.0.23"\n'), true);
  assert.equal(hasToolMonty('[tool.monty.format]\nline-length = 100\n'), true);
  assert.equal(hasToolMonty('[ tool . "monty" ]\n'), true);
  assert.equal(hasToolMonty('[tool]\nmonty.profile = "monty-0.0.23"\n'), true);
  assert.equal(hasToolMonty('tool.monty.profile = "monty-0.0.23"\n'), true);
  assert.equal(hasToolMonty('[tool.ruff]\nline-length = 100\n# [tool.monty]\n'), false);
  assert.equal(hasToolMonty('[tool.montyx]\n'), false);
  assert.equal(hasToolMonty('[tool.ruff]\nmonty = 1\n'), false);
  assert.equal(hasToolMonty('[project]\ndescription = "uses [tool.monty]"\n'), false);
});

test('table headers are read with quotes and comments', () => {
  assert.equal(tableHeader('[monty] # the table'), 'monty');
  assert.equal(tableHeader("[ 'tool' . monty ]"), 'tool.monty');
  assert.equal(tableHeader('[[array]]'), undefined);
  assert.equal(tableHeader('key = "[x]"'), undefined);
});

test('the profile comes from [monty] or [tool.monty] only', () => {
  assert.equal(readProfile('[monty]\nprofile = "monty-0.0.23"\nstubs = []\n', '/p/monty.toml'), 'monty-0.0.23');
  assert.equal(readProfile("[monty]\nprofile = 'monty-0.0.18' # old\n", 'monty.toml'), 'monty-0.0.18');
  assert.equal(readProfile('[monty.format]\nprofile = "no"\n', 'monty.toml'), undefined);
  assert.equal(readProfile('[tool.monty]\nprofile = "monty-0.0.18"\n', '/p/pyproject.toml'), 'monty-0.0.18');
  assert.equal(readProfile('[monty]\nprofile = "monty-0.0.18"\n', '/p/pyproject.toml'), undefined);
  assert.equal(readProfile('[monty]\nstubs = ["a.pyi"]\n', 'monty.toml'), undefined);
});

test('the status bar shortens profile names', () => {
  assert.equal(shortProfile('monty-0.0.23'), '0.0.23');
  assert.equal(shortProfile('profiles/monty-0.0.30.json'), 'monty-0.0.30');
  assert.equal(shortProfile('newest'), 'newest');
});

test('a file belongs to the deepest project root above it', () => {
  const roots = ['/ws', '/ws/sub', '/other'];
  assert.equal(rootFor('/ws/sub/rules/a.py', roots, path.posix), '/ws/sub');
  assert.equal(rootFor('/ws/a.py', roots, path.posix), '/ws');
  assert.equal(rootFor('/wsx/a.py', roots, path.posix), undefined);
  assert.equal(rootFor('C:\\ws\\a.py', ['C:\\ws'], path.win32), 'C:\\ws');
});

test('the selector serves Monty-mode files and the Python files of each project', () => {
  assert.deepEqual(documentSelector(['/b', '/a', '/b']), [
    { language: 'monty', scheme: 'file' },
    { language: 'monty', scheme: 'untitled' },
    { language: 'python', scheme: 'file', pattern: '/a/**' },
    { language: 'python', scheme: 'file', pattern: '/b/**' },
  ]);
  assert.equal(globBelow('/home/u/proj [v2]/x{y}/'), '/home/u/proj [[]v2]/x[{]y[}]/**');
  assert.equal(globBelow('C:\\Users\\u\\proj'), 'C:/Users/u/proj/**');
});
