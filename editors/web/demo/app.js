// The Monty playground: Monaco with live diagnostics, hover, completion,
// formatting and runs, all computed by monty.wasm in the page.
import * as monaco from 'monaco-editor-entry';
import { load } from '../lib/monty.js';

self.MonacoEnvironment = { getWorker: () => new Worker(new URL('editor.worker.js', location.href)) };

const PROGRAM = `# A pricing rule: the host provides the order and two functions (see Stubs).
customer = get_customer(order["customer_id"])
total = 0
for item in order["items"]:
    total += item["price"] * item["qty"]

if total > customer["credit_limit"]:
    send_alert(f"order {order['id']} is over the limit: {total}", severity="high")
    approved = False
else:
    approved = True

{"approved": approved, "total": total, "customer": customer["name"]}
`;

const STUBS = `from typing import Any

order: dict[str, Any]
"""The order being checked."""

def get_customer(customer_id: int) -> dict[str, Any]:
    """Looks the customer up in the CRM."""
    ...

def send_alert(message: str, *, severity: str = "info") -> None:
    """Posts a message to the on-call channel."""
    ...
`;

const INPUTS = { order: { id: 17, customer_id: 4, items: [{ price: 12.5, qty: 4 }, { price: 99, qty: 1 }] } };
const MOCKS = {
  get_customer: { return: { name: 'Ann', credit_limit: 100 } },
  send_alert: { return: null },
};

const $ = (id) => document.getElementById(id);
const status = (text) => { $('status').textContent = text; };

const monty = await load({ wasmURL: 'monty.wasm' });
const info = monty.info();
for (const p of info.profiles) $('profile').add(new Option(p, p, false, p === info.defaultProfile));

const editor = monaco.editor.create($('editor'), {
  value: PROGRAM, language: 'python', automaticLayout: true, minimap: { enabled: false }, fontSize: 13,
  fixedOverflowWidgets: true, scrollBeyondLastLine: false,
});
const model = editor.getModel();
const stubsEditor = monaco.editor.create($('stubs'), {
  value: STUBS, language: 'python', automaticLayout: true, minimap: { enabled: false }, fontSize: 12,
  lineNumbers: 'off', scrollBeyondLastLine: false, fixedOverflowWidgets: true,
});
const stubsModel = stubsEditor.getModel();
$('inputs').value = JSON.stringify(INPUTS, null, 2);
$('mocks').value = JSON.stringify(MOCKS, null, 2);

// readJSON parses a JSON panel, marking it when it does not parse.
function readJSON(id) {
  const el = $(id);
  try {
    const v = el.value.trim() === '' ? {} : JSON.parse(el.value);
    el.classList.remove('invalid');
    el.title = '';
    return { value: v };
  } catch (err) {
    el.classList.add('invalid');
    el.title = err.message;
    return { error: `${id}: ${err.message}` };
  }
}

// target is what the program is checked against: the profile, the stubs
// and the names of the inputs given values.
function target() {
  const inputs = readJSON('inputs').value;
  return { profile: $('profile').value, stubs: stubsModel.getValue(), inputs: inputs && typeof inputs === 'object' ? Object.keys(inputs) : [] };
}

const toRange = (r) => new monaco.Range(r.start.line + 1, r.start.character + 1, r.end.line + 1, r.end.character + 1);
const SEVERITY = { 1: monaco.MarkerSeverity.Error, 2: monaco.MarkerSeverity.Warning, 3: monaco.MarkerSeverity.Info, 4: monaco.MarkerSeverity.Hint };
const toMarker = (d) => ({
  ...rangeFields(d.range), severity: SEVERITY[d.severity], message: d.message, code: d.code, source: 'monty',
  tags: d.unnecessary ? [monaco.MarkerTag.Unnecessary] : [],
});
function rangeFields(r) {
  return { startLineNumber: r.start.line + 1, startColumn: r.start.character + 1, endLineNumber: r.end.line + 1, endColumn: r.end.character + 1 };
}

// Live diagnostics. When checks are cheap (the fastest of the last five
// under 16 ms: the cost of this document without garbage collections and
// other noise) the check runs in a microtask, right after
// the edit's task: every change of that task (a paste, an auto-closed
// bracket, multi-cursor edits) is merged into one check, and the squiggles
// are painted in the same frame as the keystroke. Slower checks wait for a
// pause in typing twice as long as they take (at most 300 ms), so that an
// expensive check cannot run on every keystroke.
const stats = { checks: 0, lastCheckMs: 0, typicalCheckMs: 0, recent: [] };
let diagnostics = [];
let timer = 0;
let pending = false;
function scheduleCheck() {
  if (pending) return;
  pending = true;
  if (stats.typicalCheckMs < 16) {
    queueMicrotask(checkNow);
  } else {
    timer = setTimeout(checkNow, Math.min(300, 2 * stats.typicalCheckMs));
  }
}
function checkNow() {
  clearTimeout(timer);
  pending = false;
  const t0 = performance.now();
  let res;
  try {
    res = monty.check(model.getValue(), target());
  } catch (err) {
    status(err.message);
    return;
  }
  const t1 = performance.now();
  diagnostics = res.diagnostics;
  monaco.editor.setModelMarkers(model, 'monty', res.diagnostics.map(toMarker));
  monaco.editor.setModelMarkers(stubsModel, 'monty', res.stubDiagnostics.map(toMarker));
  Object.assign(stats, { lastCheckStart: t0, lastCheckMs: t1 - t0, lastMarkersSet: performance.now() });
  stats.recent = [...stats.recent.slice(-4), stats.lastCheckMs];
  stats.typicalCheckMs = Math.min(...stats.recent);
  stats.checks++;
  showProblems(res.diagnostics);
  const n = res.diagnostics.length;
  status(`${n === 0 ? 'no problems' : n === 1 ? '1 problem' : `${n} problems`} · checked in ${stats.lastCheckMs.toFixed(1)} ms`);
}
function showProblems(diags) {
  const box = $('problems');
  box.replaceChildren(...diags.map((d) => {
    const row = document.createElement('div');
    row.className = `sev${d.severity}`;
    row.textContent = `${d.range.start.line + 1}:${d.range.start.character + 1}  ${d.code} ${d.message}`;
    row.onclick = () => { editor.setSelection(toRange(d.range)); editor.revealRangeInCenter(toRange(d.range)); editor.focus(); };
    return row;
  }));
}
model.onDidChangeContent(scheduleCheck);
stubsModel.onDidChangeContent(scheduleCheck);
$('inputs').addEventListener('input', scheduleCheck);
$('profile').addEventListener('change', checkNow);

// Hover, completion, quick fixes and formatting for the program (the
// stubs editor is Python too, so each provider checks the model).
const pos = (p) => ({ line: p.lineNumber - 1, character: p.column - 1 });
monaco.languages.registerHoverProvider('python', {
  provideHover(m, position) {
    if (m !== model) return null;
    const h = monty.hover(m.getValue(), pos(position), target());
    return h && { contents: [{ value: h.contents }], range: toRange(h.range) };
  },
});
// LSP's CompletionItemKind numbers, by name; Monaco numbers them differently.
const LSP_KINDS = [, 'Text', 'Method', 'Function', 'Constructor', 'Field', 'Variable', 'Class', 'Interface', 'Module',
  'Property', 'Unit', 'Value', 'Enum', 'Keyword', 'Snippet', 'Color', 'File', 'Reference', 'Folder', 'EnumMember',
  'Constant', 'Struct', 'Event', 'Operator', 'TypeParameter'];
monaco.languages.registerCompletionItemProvider('python', {
  triggerCharacters: ['.'],
  provideCompletionItems(m, position) {
    if (m !== model) return { suggestions: [] };
    const items = monty.complete(m.getValue(), pos(position), { ...target(), snippets: true });
    return {
      suggestions: items.map((it) => ({
        label: it.label, kind: monaco.languages.CompletionItemKind[LSP_KINDS[it.kind]] ?? monaco.languages.CompletionItemKind.Text,
        detail: it.detail, documentation: it.documentation ? { value: it.documentation } : undefined,
        sortText: it.sortText, insertText: it.insertText, range: toRange(it.range),
        insertTextRules: it.isSnippet ? monaco.languages.CompletionItemInsertTextRule.InsertAsSnippet : undefined,
      })),
    };
  },
});
monaco.languages.registerCodeActionProvider('python', {
  provideCodeActions(m, _range, context) {
    if (m !== model) return { actions: [], dispose() {} };
    const actions = [];
    for (const marker of context.markers) {
      const d = diagnostics.find((x) => x.code === marker.code && x.message === marker.message
        && x.range.start.line + 1 === marker.startLineNumber && x.range.start.character + 1 === marker.startColumn);
      for (const fix of d?.fixes ?? []) {
        actions.push({
          title: fix.title, kind: 'quickfix', diagnostics: [marker], isPreferred: fix.safe,
          edit: { edits: fix.edits.map((e) => ({ resource: m.uri, versionId: m.getVersionId(), textEdit: { range: toRange(e.range), text: e.newText } })) },
        });
      }
    }
    return { actions, dispose() {} };
  },
});
monaco.languages.registerDocumentFormattingEditProvider('python', {
  provideDocumentFormattingEdits(m) {
    if (m !== model) return [];
    const r = monty.format(m.getValue());
    if (!r.ok) {
      const first = r.syntaxErrors?.[0];
      status(first ? `cannot format: line ${first.range.start.line + 1}: ${first.message}` : `cannot format: ${r.message}`);
      return [];
    }
    return r.changed ? [{ range: m.getFullModelRange(), text: r.text }] : [];
  },
});
$('format').onclick = () => editor.getAction('editor.action.formatDocument').run();

// Runs block the page while they last (the time limit is 1 s), like the
// other calls, which are fast.
function runNow() {
  const inputs = readJSON('inputs');
  const mocks = readJSON('mocks');
  const errBox = $('error');
  const tbody = $('calls').querySelector('tbody');
  $('result').textContent = '–';
  $('stdout').textContent = '';
  tbody.replaceChildren();
  const fail = (text) => { errBox.hidden = false; errBox.textContent = text; };
  errBox.hidden = true;
  if (inputs.error || mocks.error) return fail(inputs.error || mocks.error);
  let res;
  try {
    res = monty.run(model.getValue(), { profile: $('profile').value, stubs: stubsModel.getValue(), inputs: inputs.value, mocks: mocks.value });
  } catch (err) {
    return fail(err.message);
  }
  $('result').textContent = res.repr ?? '–';
  $('stdout').textContent = res.stdout + (res.stdoutTruncated ? '\n… (output truncated)' : '');
  if (res.error) fail(res.error.traceback || `${res.error.type}: ${res.error.message}`);
  res.calls.forEach((c, i) => {
    const args = [...c.args.map((a) => JSON.stringify(a)), ...Object.entries(c.kwargs).map(([k, v]) => `${k}=${JSON.stringify(v)}`)];
    const tr = tbody.insertRow();
    tr.insertCell().textContent = String(i + 1);
    tr.insertCell().textContent = `${c.function}(${args.join(', ')})`;
    const out = tr.insertCell();
    out.textContent = c.raise ? `raise ${c.raise.type}(${JSON.stringify(c.raise.message)})` : JSON.stringify(c.result);
    if (c.raise) out.className = 'raise';
  });
  status(`ran in ${res.durationMs.toFixed(1)} ms${res.error ? ` · ${res.error.type}` : ''}`);
}
$('run').onclick = runNow;
editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, runNow);

checkNow();
// A hook for the end-to-end test and for poking around in the console.
window.montyDemo = { monaco, editor, stubsEditor, monty, stats, checkNow, ready: true };
