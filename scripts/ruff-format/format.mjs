// format.mjs runs ruff's formatter (the WebAssembly build pinned in
// package.json) so that the Go formatter can be compared with the reference.
//
//   node format.mjs [options] < in.py > out.py
//       formats stdin; exit 1 with the message on stderr if ruff refuses it.
//   node format.mjs --batch [options] < jobs.json > results.json
//       jobs.json is [{"name": ..., "source": ..., "options": {...}}, ...]
//       (options optional, same snake_case keys as a golden's options.json);
//       results.json is [{"name", "output"} or {"name", "error"}, ...].
//   node format.mjs --version
//       prints the ruff version.
//   node format.mjs --bench N [options] FILE...
//       formats the files N times inside this process and prints the best
//       total wall time and the best CPU time in seconds, "WALL CPU"
//       (startup excluded), for bench/format.
//
// Options: --line-length N, --indent-width N, --quote-style double|single|preserve,
// --skip-magic-trailing-comma.  Everything else is ruff's default.
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";

const require = createRequire(import.meta.url);
const { Workspace, PositionEncoding } = require("@astral-sh/ruff-wasm-nodejs");

// settings turns our snake_case options into a ruff configuration object.
function settings(opt = {}) {
  const s = { format: {} };
  if (opt.line_length != null) s["line-length"] = opt.line_length;
  if (opt.indent_width != null) s["indent-width"] = opt.indent_width;
  if (opt.quote_style != null) s.format["quote-style"] = opt.quote_style;
  if (opt.skip_magic_trailing_comma != null) {
    s.format["skip-magic-trailing-comma"] = opt.skip_magic_trailing_comma;
  }
  return s;
}

// Workspaces are cached per option set: building one is the slow part.
const workspaces = new Map();
function workspace(opt) {
  const key = JSON.stringify(opt ?? {});
  let w = workspaces.get(key);
  if (!w) {
    w = new Workspace(settings(opt), PositionEncoding.Utf8);
    workspaces.set(key, w);
  }
  return w;
}

function usage(msg) {
  process.stderr.write(`format.mjs: ${msg}\n`);
  process.exit(2);
}

function parseArgs(argv) {
  const opt = {};
  const rest = [];
  let mode = "stdin";
  let rounds = 0;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [flag, inline] = a.startsWith("--") && a.includes("=") ? a.split(/=(.*)/s, 2) : [a, undefined];
    const value = () => {
      if (inline !== undefined) return inline;
      if (i + 1 >= argv.length) usage(`${flag} needs a value`);
      return argv[++i];
    };
    const int = (name) => {
      const v = value();
      if (!/^[0-9]+$/.test(v)) usage(`${name} wants a positive integer, got ${JSON.stringify(v)}`);
      return Number(v);
    };
    switch (flag) {
      case "--line-length": opt.line_length = int(flag); break;
      case "--indent-width": opt.indent_width = int(flag); break;
      case "--quote-style": {
        const v = value();
        if (!["double", "single", "preserve"].includes(v)) usage(`--quote-style: bad value ${JSON.stringify(v)}`);
        opt.quote_style = v;
        break;
      }
      case "--skip-magic-trailing-comma": opt.skip_magic_trailing_comma = true; break;
      case "--batch": mode = "batch"; break;
      case "--version": mode = "version"; break;
      case "--bench": mode = "bench"; rounds = int(flag); break;
      default:
        if (flag.startsWith("-") && flag !== "-") usage(`unknown flag ${flag}`);
        rest.push(a);
    }
  }
  return { opt, rest, mode, rounds };
}

function readStdin() {
  return readFileSync(0, "utf8");
}

function errorText(e) {
  return String(e && e.message !== undefined ? e.message : e);
}

const { opt, rest, mode, rounds } = parseArgs(process.argv.slice(2));

switch (mode) {
  case "version":
    process.stdout.write(Workspace.version() + "\n");
    break;
  case "stdin": {
    if (rest.length > 0) usage("stdin mode takes no file arguments (use --batch or --bench)");
    try {
      process.stdout.write(workspace(opt).format(readStdin()));
    } catch (e) {
      process.stderr.write(`ruff: ${errorText(e)}\n`);
      process.exit(1);
    }
    break;
  }
  case "batch": {
    const jobs = JSON.parse(readStdin());
    if (!Array.isArray(jobs)) usage("--batch wants a JSON array on stdin");
    const results = jobs.map((job) => {
      const merged = { ...opt, ...(job.options ?? {}) };
      try {
        return { name: job.name, output: workspace(merged).format(job.source) };
      } catch (e) {
        return { name: job.name, error: errorText(e) };
      }
    });
    process.stdout.write(JSON.stringify(results));
    break;
  }
  case "bench": {
    if (rest.length === 0) usage("--bench needs files");
    const sources = rest.map((f) => readFileSync(f, "utf8"));
    const w = workspace(opt);
    // Wall time and the process's CPU time (user+system, all threads:
    // V8's compiler and collector threads included), best of the rounds.
    let best = Infinity;
    let bestCPU = Infinity;
    for (let r = 0; r < Math.max(rounds, 1); r++) {
      const c0 = process.cpuUsage();
      const t0 = process.hrtime.bigint();
      for (const s of sources) w.format(s);
      const dt = Number(process.hrtime.bigint() - t0) / 1e9;
      const c = process.cpuUsage(c0);
      best = Math.min(best, dt);
      bestCPU = Math.min(bestCPU, (c.user + c.system) / 1e6);
    }
    process.stdout.write(`${best.toFixed(6)} ${bestCPU.toFixed(6)}\n`);
    break;
  }
}
