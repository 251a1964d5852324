// Runs the real Monty interpreters (and CPython's parser) over Python files
// and prints one JSON line per file per oracle.
//
// Usage: node oracle.mjs [--python PATH] [--timeout SECONDS] FILE...
//
// Oracles (all real interpreters, nothing re-implemented here):
//   "0.0.18"  npm @pydantic/monty@0.0.18, Node API, in this process.
//             `new Monty(code)` throwing  -> "parse-rejected" (error class and
//             location from the thrown error).  Otherwise the program is run
//             once with no inputs and no externals: every external call is
//             resumed with NameError, every name lookup is resumed with no
//             value (also NameError).  A raise from start()/resume() ->
//             "runtime-error", completion -> "ok".
//   "0.0.23"  the `monty` CLI binary of npm @pydantic/monty-linux-x64-gnu@0.0.23,
//             run as `timeout SECONDS monty FILE` (the CLI has no host, so
//             undefined names raise NameError).  Exit 1 with stderr starting
//             with "error:" -> "parse-rejected"; exit 1 with
//             "<elapsed> ❯ error: ..." -> "runtime-error"; exit 0 -> "ok";
//             a timeout (exit 124/137) -> "runtime-error" with exception "Timeout".
//   "cpython" CPython's ast.parse (PATH given by --python, default python3),
//             status "ok" or "syntax-error".
//
// Record fields: file, version, status, exception, message, line, col,
// end_line, end_col.  Lines and columns are 1-based, columns count Unicode
// code points, end_col is exclusive (Monty's own convention).  For 0.0.23
// columns come from the `~~~` marker under the source line of the traceback
// frame; when the CLI prints no marker (multi-line frames: class, match,
// try*, multi-line statements) col/end_col are null and end_line is the last
// line the frame shows.  Missing values are null, never omitted.

import { readFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Monty, MontyComplete, MontyNameLookup, MontySnapshot } from "@pydantic/monty";

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

// ---- command line ---------------------------------------------------------
let python = "python3";
let timeoutSecs = 10;
const files = [];
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === "--python") python = argv[++i];
  else if (argv[i] === "--timeout") timeoutSecs = Number(argv[++i]);
  else files.push(argv[i]);
}
if (files.length === 0) {
  process.stderr.write("usage: node oracle.mjs [--python PATH] [--timeout SECONDS] FILE...\n");
  process.exit(2);
}

// ---- check that the pinned versions are the ones loaded ------------------------
const v18 = require(join(here, "node_modules/@pydantic/monty/package.json")).version;
const v18native = require(join(here, "node_modules/@pydantic/monty/node_modules/@pydantic/monty-linux-x64-gnu/package.json")).version;
const cliPkg = join(here, "node_modules/@pydantic/monty-linux-x64-gnu");
const v23 = require(join(cliPkg, "package.json")).version;
const montyCli = join(cliPkg, "monty");
if (v18 !== "0.0.18" || v18native !== "0.0.18" || v23 !== "0.0.23") {
  process.stderr.write(`oracle: wrong package versions: @pydantic/monty ${v18} (native ${v18native}), CLI ${v23}\n`);
  process.exit(2);
}
const cliVersion = spawnSync(montyCli, ["--version"], { encoding: "utf8" }).stdout.trim();
if (cliVersion !== "monty-runtime 0.0.23") {
  process.stderr.write(`oracle: unexpected CLI version: ${JSON.stringify(cliVersion)}\n`);
  process.exit(2);
}

const emit = (rec) => process.stdout.write(JSON.stringify(rec) + "\n");
const record = (file, version, status, f = {}) => ({
  file,
  version,
  status,
  exception: f.exception ?? null,
  message: f.message ?? null,
  line: f.line ?? null,
  col: f.col ?? null,
  end_line: f.end_line ?? null,
  end_col: f.end_col ?? null,
});

// ---- CPython ---------------------------------------------------------------------
const CPY = String.raw`
import ast, json, sys, warnings
if sys.version_info[:2] != (3, 11):
    sys.exit("oracle: need CPython 3.11, got " + sys.version)
for path in sys.argv[1:]:
    with open(path, "rb") as fh:
        src = fh.read()
    rec = {"file": path, "status": "ok"}
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            ast.parse(src, path)
    except SyntaxError as e:
        rec = {"file": path, "status": "syntax-error", "exception": type(e).__name__,
               "message": e.msg, "line": e.lineno, "col": e.offset,
               "end_line": e.end_lineno, "end_col": e.end_offset}
    print(json.dumps(rec))
`;
function runCPython(paths) {
  const r = spawnSync(python, ["-c", CPY, ...paths], { encoding: "utf8", maxBuffer: 64 << 20 });
  if (r.status !== 0) {
    process.stderr.write(`oracle: ${python} failed: ${r.stderr}\n`);
    process.exit(2);
  }
  const out = new Map();
  for (const line of r.stdout.split("\n")) {
    if (!line) continue;
    const j = JSON.parse(line);
    out.set(j.file, record(j.file, "cpython", j.status, j));
  }
  return out;
}

// ---- Monty 0.0.18 (Node API) -----------------------------------------------------------
function frameFields(frames) {
  if (!Array.isArray(frames) || frames.length === 0) return {};
  const f = frames[frames.length - 1];
  return { line: f.line, col: f.column, end_line: f.endLine, end_col: f.endColumn };
}
function errFrames(e) {
  try {
    if (typeof e.traceback === "function") return e.traceback();
    if (e._native && typeof e._native.traceback === "function") return e._native.traceback();
  } catch {
    // no frames
  }
  return [];
}
function errFields(e) {
  const exc = e && e.exception;
  if (exc && typeof exc.typeName === "string") {
    return { exception: exc.typeName, message: exc.message, ...frameFields(errFrames(e)) };
  }
  // Plain JS error from the host layer (should not happen with this driver).
  return { exception: `HostError:${e && e.name}`, message: String(e && e.message) };
}
const MAX_PAUSES = 10000;
function runMonty18(file, code) {
  let m;
  try {
    m = new Monty(code, { scriptName: file });
  } catch (e) {
    return record(file, "0.0.18", "parse-rejected", errFields(e));
  }
  try {
    let p = m.start({ limits: { maxDurationSecs: 5 }, printCallback: () => {} });
    let pauses = 0;
    while (!(p instanceof MontyComplete)) {
      if (++pauses > MAX_PAUSES) {
        return record(file, "0.0.18", "runtime-error", { exception: "Timeout", message: `more than ${MAX_PAUSES} host pauses` });
      }
      if (p instanceof MontyNameLookup) p = p.resume();
      else if (p instanceof MontySnapshot)
        p = p.resume({ exception: { type: "NameError", message: `name '${p.functionName}' is not defined` } });
      else throw new Error(`unexpected progress object ${p && p.constructor && p.constructor.name}`);
    }
    return record(file, "0.0.18", "ok");
  } catch (e) {
    return record(file, "0.0.18", "runtime-error", errFields(e));
  }
}

// ---- Monty 0.0.23 (CLI) --------------------------------------------------------------
const cp = (s) => Array.from(s); // code points
const FRAME_RE = /^ {2}File "(.*)", line (\d+)(, in .*)?$/;
const EXC_RE = /^([A-Za-z_][A-Za-z0-9_.]*)(?:: ([\s\S]*))?$/;

// Parses a traceback (text after "error:"), returning exception, message and
// the location of the last frame.
function parseTraceback(text, srcLines) {
  const lines = text.split("\n");
  let i = lines.findIndex((l) => l.startsWith("Traceback (most recent call last):"));
  if (i < 0) {
    // frameless: "ExcType: message"
    const m = EXC_RE.exec(text.trim());
    return m ? { exception: m[1], message: m[2] ?? "" } : { exception: "Unparsed", message: text.trim() };
  }
  let frame = null;
  for (i = i + 1; i < lines.length; i++) {
    const l = lines[i];
    const fm = FRAME_RE.exec(l);
    if (fm) {
      frame = { line: Number(fm[2]), shown: [] };
      continue;
    }
    if (l.startsWith("    ") || l === "") {
      if (frame && l !== "") frame.shown.push(l.slice(4));
      continue;
    }
    if (l.startsWith("  [Previous line repeated")) continue;
    break; // exception line
  }
  const excText = lines.slice(i).join("\n").replace(/\n+$/, "");
  // The exception is the first line; 0.0.23 may append an assert
  // introspection line, which is not part of the message.
  const first = excText.split("\n")[0];
  const m = EXC_RE.exec(first);
  const out = m ? { exception: m[1], message: m[2] ?? "" } : { exception: "Unparsed", message: excText };
  if (!frame) return out;
  out.line = frame.line;
  const shown = frame.shown;
  const isMarker = (s) => /^\s*[~^]+\s*$/.test(s);
  if (shown.length === 2 && isMarker(shown[1])) {
    const orig = srcLines[frame.line - 1] ?? "";
    const trimmed = orig.replace(/^\s+/, "").replace(/\s+$/, "");
    if (shown[0].replace(/\s+$/, "") === trimmed) {
      const indent = cp(orig).length - cp(orig.replace(/^\s+/, "")).length;
      const mk = cp(shown[1]);
      const start = mk.findIndex((c) => c !== " ");
      let end = start;
      while (end < mk.length && mk[end] !== " ") end++;
      out.col = indent + start + 1;
      out.end_line = frame.line;
      out.end_col = indent + end + 1;
    }
  } else if (shown.length >= 1 && !shown.some(isMarker)) {
    let n = 0;
    for (const s of shown) {
      const el = /^\s*\.\.\.<(\d+) lines>\.\.\.$/.exec(s);
      n += el ? Number(el[1]) : 1;
    }
    out.end_line = frame.line + n - 1;
  }
  return out;
}

function runMonty23(file, code) {
  const r = spawnSync("timeout", ["-s", "KILL", String(timeoutSecs), montyCli, file], {
    encoding: "utf8",
    maxBuffer: 64 << 20,
  });
  const stderr = r.stderr ?? "";
  if (r.status === 124 || r.status === 137 || r.signal) {
    return record(file, "0.0.23", "runtime-error", { exception: "Timeout", message: `killed after ${timeoutSecs}s` });
  }
  const srcLines = code.split(/\r\n|\r|\n/);
  if (r.status === 0) return record(file, "0.0.23", "ok");
  if (r.status === 1 && stderr.startsWith("error:")) {
    return record(file, "0.0.23", "parse-rejected", parseTraceback(stderr.slice("error:".length), srcLines));
  }
  const rt = /^[^\n]*? ❯ error: ?/.exec(stderr);
  if (r.status === 1 && rt) {
    return record(file, "0.0.23", "runtime-error", parseTraceback(stderr.slice(rt[0].length), srcLines));
  }
  return record(file, "0.0.23", "runtime-error", {
    exception: "Unparsed",
    message: `exit ${r.status}: ${stderr.slice(0, 500)}`,
  });
}

// ---- main -------------------------------------------------------------------------------
const cpy = runCPython(files);
for (const file of files) {
  const code = readFileSync(file, "utf8");
  emit(runMonty18(file, code));
  emit(runMonty23(file, code));
  emit(cpy.get(file) ?? record(file, "cpython", "missing"));
}
