// Runs one program on Monty 0.0.18 through its Node API with resource limits.
//
// Usage: node monty018.mjs ORACLE_DIR < job.json
// job.json is {name, code, limits} where limits is a ResourceLimits object of
// the Node API (maxDurationSecs, maxMemory, maxAllocations, maxRecursionDepth).
// Prints one JSON line {status, hostCall, error, traceback, stdout}; stdout is bounded:
// only its size, SHA-256, and head and tail are kept, and a program printing
// more than OUTPUT_CAP bytes is stopped by throwing from the print callback.

import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const OUTPUT_CAP = 64 * 1024 * 1024;
const KEEP = 4096;

const oracleDir = process.argv[2];
const pkgDir = join(oracleDir, "node_modules/@pydantic/monty");
const version = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8")).version;
if (version !== "0.0.18") {
  process.stderr.write(`monty018: need @pydantic/monty 0.0.18, found ${version}\n`);
  process.exit(2);
}
const { Monty, MontyComplete, MontyNameLookup, MontySnapshot } = await import(
  pathToFileURL(join(pkgDir, "wrapper.js")).href
);

// Output keeps a running hash and the first and last KEEP bytes.
class Output {
  constructor() {
    this.bytes = 0;
    this.hash = createHash("sha256");
    this.head = Buffer.alloc(0);
    this.tail = Buffer.alloc(0);
    this.capped = false;
  }
  write(text) {
    const b = Buffer.from(text, "utf8");
    this.bytes += b.length;
    this.hash.update(b);
    if (this.head.length < KEEP) this.head = Buffer.concat([this.head, b.subarray(0, KEEP - this.head.length)]);
    this.tail = Buffer.concat([this.tail, b]);
    if (this.tail.length > KEEP) this.tail = this.tail.subarray(this.tail.length - KEEP);
    if (this.bytes > OUTPUT_CAP) {
      this.capped = true;
      throw new Error("output cap");
    }
  }
  json() {
    return {
      bytes: this.bytes,
      sha256: this.hash.digest("hex"),
      head: this.head.toString("base64"),
      tail: this.tail.toString("base64"),
    };
  }
}

function errorOf(e) {
  const exc = e && e.exception;
  if (!exc || typeof exc.typeName !== "string") {
    return { type: `HostError:${e && e.name}`, message: String(e && e.message), line: null };
  }
  let fr = [];
  try {
    fr = typeof e.traceback === "function" ? e.traceback() : [];
  } catch {
    fr = [];
  }
  return { type: exc.typeName, message: exc.message, line: fr.length ? fr[fr.length - 1].line : null };
}

function tracebackOf(e) {
  for (const form of ["traceback", "type-msg"]) {
    try {
      return e.display(form);
    } catch {
      // try the next form
    }
  }
  return null;
}

const job = JSON.parse(readFileSync(0, "utf8"));
const out = new Output();
let res;
let m;
try {
  m = new Monty(job.code, { scriptName: job.name });
} catch (e) {
  res = { status: "parse-rejected", error: errorOf(e), traceback: tracebackOf(e) };
}
if (!res) {
  try {
    let p = m.start({ limits: job.limits, printCallback: (_s, text) => out.write(text) });
    // There is no host: a name lookup is resumed without a value (Monty then
    // raises NameError); a call handed to the host (an external or OS function)
    // ends the run there, since the sandbox itself did not perform it.
    for (let pauses = 0; !res && !(p instanceof MontyComplete); pauses++) {
      if (pauses > 100000) throw new Error("too many host pauses");
      if (p instanceof MontyNameLookup) p = p.resume();
      else if (p instanceof MontySnapshot)
        res = { status: "host-call", hostCall: p.functionName, error: null, traceback: null };
      else throw new Error(`unexpected progress object ${p && p.constructor && p.constructor.name}`);
    }
    if (!res) res = { status: "ok", error: null, traceback: null };
  } catch (e) {
    res = out.capped
      ? { status: "killed", killed: "output cap", error: null, traceback: null }
      : { status: "error", error: errorOf(e), traceback: tracebackOf(e) };
  }
}
process.stdout.write(JSON.stringify({ ...res, stdout: out.json() }) + "\n");
