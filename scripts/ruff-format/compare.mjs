// compare.mjs measures how often montyfmt's output is byte-identical to
// ruff's. Used by scripts/format-compare.
//
//   node compare.mjs MONTYFMT [--max-diff-lines N] FILE...
//
// Each file is formatted by ruff (the WebAssembly build pinned in
// package.json, default options) and by the MONTYFMT binary; files ruff
// refuses are listed and left out of the count. Prints the differing files
// with the first lines of a unified diff (ruff's output as the old side),
// then "N files, K byte-identical (P%)".
import { createRequire } from "node:module";
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";

const require = createRequire(import.meta.url);
const { Workspace, PositionEncoding } = require("@astral-sh/ruff-wasm-nodejs");

const args = process.argv.slice(2);
const montyfmt = args.shift();
let maxLines = 12;
if (args[0] === "--max-diff-lines") {
  args.shift();
  maxLines = Number(args.shift());
}
if (!montyfmt || args.length === 0) {
  process.stderr.write("usage: node compare.mjs MONTYFMT [--max-diff-lines N] FILE...\n");
  process.exit(2);
}

const ruff = new Workspace({}, PositionEncoding.Utf8);
const work = mkdtempSync(join(tmpdir(), "format-compare-"));
let same = 0;
let total = 0;
const refused = [];
const differing = [];
try {
  for (const file of args) {
    const src = readFileSync(file, "utf8");
    let want;
    try {
      want = ruff.format(src);
    } catch (e) {
      refused.push(`${file}: ${e.message ?? e}`);
      continue;
    }
    total++;
    const r = spawnSync(montyfmt, [file], { maxBuffer: 1 << 28 });
    const got = r.stdout.toString("utf8");
    if (r.status === 0 && got === want) {
      same++;
      continue;
    }
    let detail;
    if (r.status !== 0) {
      detail = `montyfmt exited ${r.status}: ${r.stderr.toString("utf8").trim()}`;
    } else {
      writeFileSync(join(work, "ruff.py"), want);
      writeFileSync(join(work, "montyfmt.py"), got);
      const d = spawnSync("diff", ["-u", "--label", "ruff", "--label", "montyfmt", join(work, "ruff.py"), join(work, "montyfmt.py")]);
      const lines = d.stdout.toString("utf8").split("\n");
      detail = lines.slice(0, maxLines).join("\n") + (lines.length > maxLines ? `\n... (${lines.length - maxLines} more diff lines)` : "");
    }
    differing.push({ file, detail });
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

for (const { file, detail } of differing) {
  console.log(`== ${file}`);
  console.log(detail.replace(/\n+$/, ""));
}
for (const r of refused) console.log(`ruff refuses (not counted): ${r}`);
if (differing.length > 0) {
  console.log(`differing files (${differing.length}):`);
  for (const { file } of differing) console.log(`  ${file}`);
}
const pct = total === 0 ? 0 : (100 * same) / total;
console.log(`${total} files, ${same} byte-identical (${pct.toFixed(1)}%)`);
