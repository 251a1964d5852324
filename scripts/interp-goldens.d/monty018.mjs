// Runs programs on Monty 0.0.18 through its Node API with a real host.
//
// Usage: node monty018.mjs ORACLE_DIR < jobs.json > results.jsonl
// jobs.json is an array of {id, name, code, inputs, mocks}; one JSON line
// {id, status, stdout, error, traceback} is printed per job.  Inputs go in
// through the API; every external call pauses and is answered from the mock
// (testdata/interp/README.md describes the mock forms); a call to anything
// else is resumed with NameError, as a host without that function would.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const oracleDir = process.argv[2];
const pkgDir = join(oracleDir, "node_modules/@pydantic/monty");
const version = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8")).version;
if (version !== "0.0.18") {
  process.stderr.write(`monty018: need @pydantic/monty 0.0.18, found ${version}\n`);
  process.exit(2);
}
const api = await import(pathToFileURL(join(pkgDir, "wrapper.js")).href);
const { Monty, MontyComplete, MontyNameLookup, MontySnapshot } = api;

// canon turns a converted Monty value into a comparable JSON string
// (BigInt ints become numbers, Maps become objects).
function canon(v) {
  return JSON.stringify(v, (_k, x) => {
    if (typeof x === "bigint") return Number(x);
    if (x instanceof Map) return Object.fromEntries(x);
    return x;
  });
}

// answer computes the resume options for one external call.
function answer(mock, state, args, kwargs) {
  if ("return" in mock) return { returnValue: mock.return };
  if ("sequence" in mock) {
    const i = state.n++;
    return { returnValue: i < mock.sequence.length ? mock.sequence[i] : null };
  }
  if ("raise" in mock) return { exception: { type: mock.raise.type, message: mock.raise.message } };
  if ("cases" in mock) {
    const a = canon(args);
    const k = canon(Object.fromEntries(Object.entries(kwargs ?? {}).sort()));
    for (const c of mock.cases) {
      const ck = canon(Object.fromEntries(Object.entries(c.kwargs ?? {}).sort()));
      if (canon(c.args ?? []) === a && ck === k) return { returnValue: c.return };
    }
    return { returnValue: mock.default ?? null };
  }
  throw new Error(`bad mock ${JSON.stringify(mock)}`);
}

function frames(e) {
  try {
    if (typeof e.traceback === "function") return e.traceback();
    if (e._native && typeof e._native.traceback === "function") return e._native.traceback();
  } catch {
    // no frames available
  }
  return [];
}

function errorOf(e) {
  const exc = e && e.exception;
  if (!exc || typeof exc.typeName !== "string") {
    return { type: `HostError:${e && e.name}`, message: String(e && e.message), line: null };
  }
  const fr = frames(e);
  const line = fr.length ? fr[fr.length - 1].line : null;
  return { type: exc.typeName, message: exc.message, line };
}

function tracebackOf(e) {
  try {
    return e.display("traceback");
  } catch {
    try {
      return e.display("type-msg");
    } catch {
      return null;
    }
  }
}

function run(job) {
  let out = "";
  const printCallback = (_stream, text) => {
    out += text;
  };
  const inputs = job.inputs ?? {};
  const mocks = job.mocks ?? {};
  let m;
  try {
    m = new Monty(job.code, { scriptName: job.name, inputs: Object.keys(inputs) });
  } catch (e) {
    return { status: "parse-rejected", stdout: "", error: errorOf(e), traceback: tracebackOf(e) };
  }
  const state = Object.fromEntries(Object.keys(mocks).map((k) => [k, { n: 0 }]));
  try {
    const opts = Object.keys(inputs).length ? { inputs } : {};
    let p = m.start({ ...opts, limits: { maxDurationSecs: 10 }, printCallback });
    for (let pauses = 0; !(p instanceof MontyComplete); pauses++) {
      if (pauses > 100000) throw new Error("too many host pauses");
      if (p instanceof MontyNameLookup) {
        p = p.resume();
      } else if (p instanceof MontySnapshot) {
        const fn = p.functionName;
        p = fn in mocks
          ? p.resume(answer(mocks[fn], state[fn], p.args, p.kwargs))
          : p.resume({ exception: { type: "NameError", message: `name '${fn}' is not defined` } });
      } else {
        throw new Error(`unexpected progress object ${p && p.constructor && p.constructor.name}`);
      }
    }
    return { status: "ok", stdout: out, error: null, traceback: null };
  } catch (e) {
    return { status: "runtime-error", stdout: out, error: errorOf(e), traceback: tracebackOf(e) };
  }
}

const jobs = JSON.parse(readFileSync(0, "utf8"));
for (const job of jobs) {
  process.stdout.write(JSON.stringify({ id: job.id, ...run(job) }) + "\n");
}
