"""Writes testdata/interp/expected/*.json from three real interpreters.

Called by scripts/interp-goldens (which checks the tools); see
testdata/interp/README.md for the header lines and the output format.
"""

import argparse
import ast
import filecmp
import json
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "pyshared"))
from monty_traceback import parse_traceback  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
MARK = "\x1eMONTY-RESULT\x1e"
TIMEOUT = 20
HEADER_RE = re.compile(r"^# (inputs|mock ([A-Za-z_][A-Za-z0-9_]*)|note):\s?(.*)$")
ELAPSED_RE = re.compile(r"^[^\n]*? \u276f ")  # "<elapsed> ❯ "


# ---- program headers -------------------------------------------------------

def read_header(src):
    """Returns (inputs, mocks, note, {line index: kind}) from the leading comments."""
    inputs, mocks, notes, where = None, {}, [], {}
    for i, line in enumerate(src.split("\n")):
        if not line.startswith("#"):
            if line.strip() == "":
                continue
            break
        m = HEADER_RE.match(line)
        if not m:
            continue
        if m.group(1) == "inputs":
            inputs = json.loads(m.group(3))
            where[i] = ("inputs", None)
        elif m.group(1) == "note":
            notes.append(m.group(3))
        else:
            mocks[m.group(2)] = json.loads(m.group(3))
            where[i] = ("mock", m.group(2))
    return inputs, (mocks or None), (" ".join(notes) or None), where


def py_lit(v):
    """A Python literal for a JSON value."""
    if v is None or isinstance(v, (bool, int, float, str)):
        return repr(v)
    if isinstance(v, list):
        return "[" + ", ".join(py_lit(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{" + ", ".join(f"{py_lit(k)}: {py_lit(x)}" for k, x in v.items()) + "}"
    raise ValueError(f"not a JSON value: {v!r}")


def mock_def(name, mock):
    """One line of Python that behaves like the mock."""
    head = f"def {name}(*args, **kwargs): "
    if "return" in mock:
        return head + "return " + py_lit(mock["return"])
    if "sequence" in mock:
        return (f"def {name}(*args, _seq={py_lit(list(mock['sequence']))}, **kwargs): "
                "return _seq.pop(0) if _seq else None")
    if "raise" in mock:
        r = mock["raise"]
        return head + f"raise {r['type']}({py_lit(r['message'])})"
    if "cases" in mock:
        cases = ", ".join(f"({py_lit(c.get('args', []))}, {py_lit(c.get('kwargs', {}))}, "
                          f"{py_lit(c.get('return'))})" for c in mock["cases"])
        return (head + f"_hits = [c[2] for c in [{cases}] if c[0] == list(args) and "
                f"c[1] == kwargs]; return _hits[0] if _hits else {py_lit(mock.get('default'))}")
    raise ValueError(f"{name}: unknown mock form {mock!r}")


def hostless(src, inputs, mocks, where):
    """The program with each header line replaced by one line of Python."""
    lines = src.split("\n")
    for i, (kind, name) in where.items():
        if kind == "inputs":
            lines[i] = "; ".join(f"{k} = {py_lit(v)}" for k, v in inputs.items()) or "pass"
        else:
            lines[i] = mock_def(name, mocks[name])
    return "\n".join(lines)


def with_result_print(src):
    """The program with its final expression statement E rewritten in place to
    print(MARK + repr(E)); None when the program has no final expression."""
    try:
        tree = ast.parse(src)
    except SyntaxError:
        return None
    if not tree.body or not isinstance(tree.body[-1], ast.Expr):
        return None
    e = tree.body[-1].value
    lines = src.encode("utf-8").split(b"\n")
    # ast offsets are UTF-8 byte columns; edit the end first.
    end = lines[e.end_lineno - 1]
    lines[e.end_lineno - 1] = end[:e.end_col_offset] + b")))" + end[e.end_col_offset:]
    start = lines[e.lineno - 1]
    pre = ("print(" + json.dumps(MARK) + " + repr((").encode()
    lines[e.lineno - 1] = start[:e.col_offset] + pre + start[e.col_offset:]
    return b"\n".join(lines).decode("utf-8")


def split_result(ref, marked):
    """Fills ref["result"] from a run of the marked program."""
    if marked is None:
        return
    if marked["status"] != "ok" or MARK not in marked["stdout"]:
        print(f"warning: the result run failed: {marked['error']}", file=sys.stderr)
        ref["result"] = None
        return
    before, _, after = marked["stdout"].rpartition(MARK)
    ref["result"] = after[:-1] if after.endswith("\n") else after
    if before != ref["stdout"]:
        print(f"warning: stdout differs in the result run ({ref})", file=sys.stderr)


# ---- references --------------------------------------------------------------

def run_cli(cli, name, code, tmp):
    path = os.path.join(tmp, name)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(code)
    try:
        r = subprocess.run([cli, name], cwd=tmp, capture_output=True, timeout=TIMEOUT)
    except subprocess.TimeoutExpired as e:
        out = (e.stdout or b"").decode("utf-8", "replace")
        return ref_rec("timeout", out, error={"type": "Timeout", "message": f"killed after {TIMEOUT}s",
                                               "line": None})
    out, err = r.stdout.decode("utf-8", "replace"), r.stderr.decode("utf-8", "replace")
    if r.returncode == 0:
        m = ELAPSED_RE.match(err)
        disp = err[m.end():] if m else err
        return ref_rec("ok", out, display=disp, result="None")
    if r.returncode == 1 and err.startswith("error:"):
        tb = err[len("error:"):].lstrip("\n")
        t, msg, line = parse_traceback(tb)
        return ref_rec("parse-rejected", out, error={"type": t, "message": msg, "line": line}, tb=tb)
    m = ELAPSED_RE.match(err)
    if r.returncode == 1 and m and err[m.end():].startswith("error:"):
        tb = err[m.end() + len("error:"):].lstrip(" ")
        t, msg, line = parse_traceback(tb)
        return ref_rec("runtime-error", out, error={"type": t, "message": msg, "line": line}, tb=tb)
    return ref_rec("crash", out, error={"type": "Crash", "message": f"exit {r.returncode}: {err[:500]}",
                                         "line": None})


def run_cpython(name, code, tmp):
    path = os.path.join(tmp, name)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(code)
    outf = os.path.join(tmp, "outcome.json")
    if os.path.exists(outf):
        os.remove(outf)
    try:
        # A fixed hash seed keeps the order of str sets stable between runs.
        r = subprocess.run([sys.executable, os.path.join(HERE, "cpython_run.py"), name, outf],
                           cwd=tmp, capture_output=True, timeout=TIMEOUT,
                           env=dict(os.environ, PYTHONHASHSEED="0"))
    except subprocess.TimeoutExpired as e:
        out = (e.stdout or b"").decode("utf-8", "replace")
        return ref_rec("timeout", out, error={"type": "Timeout", "message": f"killed after {TIMEOUT}s",
                                               "line": None})
    out = r.stdout.decode("utf-8", "replace")
    if not os.path.exists(outf):
        return ref_rec("crash", out, error={"type": "Crash", "message": r.stderr.decode()[:500], "line": None})
    with open(outf, encoding="utf-8") as fh:
        o = json.load(fh)
    rec = ref_rec(o["status"], out, error=o["error"], tb=o["traceback"])
    if o["status"] == "ok":
        rec["result"] = "None"
    return rec


def run_monty018(oracle, jobs):
    if not jobs:
        return {}
    r = subprocess.run(["node", os.path.join(HERE, "monty018.mjs"), oracle], input=json.dumps(jobs),
                       capture_output=True, text=True, timeout=TIMEOUT * len(jobs) + 60)
    if r.returncode != 0:
        sys.exit(f"interp-goldens: monty018.mjs failed: {r.stderr}")
    out = {}
    for line in r.stdout.splitlines():
        j = json.loads(line)
        rec = ref_rec(j["status"], j["stdout"], error=j["error"], tb=j["traceback"])
        if j["status"] == "ok":
            rec["result"] = "None"
        out[j["id"]] = rec
    return out


def ref_rec(status, stdout, error=None, tb=None, display=None, result=None):
    """One reference's record; the CLI's and CPython's final newline is dropped."""
    chomp = lambda s: s[:-1] if isinstance(s, str) and s.endswith("\n") else s
    tb, display = chomp(tb), chomp(display)
    if error is not None:
        error = dict(error, message=chomp(error["message"]))
    rec = {"status": status, "stdout": stdout, "result": result}
    rec["error"] = error
    rec["traceback"] = tb
    if display is not None:
        rec["display"] = display
    return rec


# ---- agreement -----------------------------------------------------------------

def key(ref):
    e = ref["error"] or {}
    return (ref["status"] == "ok", ref["stdout"], ref["result"],
            e.get("type"), e.get("message"), e.get("line"))


def agree(refs):
    names = sorted(refs)
    return [f"{a}={b}" for i, a in enumerate(names) for b in names[i + 1:]
            if key(refs[a]) == key(refs[b])]


def describe(note, refs):
    """The program's own note plus, when 0.0.23 and CPython differ, which fields differ."""
    a, b = refs["monty023"], refs["cpython"]
    ka, kb = key(a), key(b)
    fields = ["status", "stdout", "result", "error type", "error message", "error line"]
    diff = [f for f, x, y in zip(fields, ka, kb) if x != y]
    parts = [note] if note else []
    if diff:
        parts.append("monty 0.0.23 and CPython differ in " + ", ".join(diff) +
                     "; the interpreter follows 0.0.23.")
    return " ".join(parts) or None


# ---- main ----------------------------------------------------------------------

def generate(files, oracle, outdir):
    cli = os.path.join(oracle, "node_modules/@pydantic/monty-linux-x64-gnu/monty")
    cpy = sys.version.split()[0]
    generator = f"scripts/interp-goldens; monty 0.0.23 CLI, monty 0.0.18 node, CPython {cpy}"
    progs, jobs = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for f in files:
            name = os.path.basename(f)
            with open(f, encoding="utf-8") as fh:
                src = fh.read()
            inputs, mocks, note, where = read_header(src)
            plain = hostless(src, inputs, mocks, where)
            refs = {"monty023": run_cli(cli, name, plain, tmp), "cpython": run_cpython(name, plain, tmp)}
            marked_plain = with_result_print(plain)
            for ref, runner in (("monty023", lambda c: run_cli(cli, name, c, tmp)),
                                ("cpython", lambda c: run_cpython(name, c, tmp))):
                if refs[ref]["status"] == "ok" and marked_plain is not None:
                    split_result(refs[ref], runner(marked_plain))
            jobs.append({"id": f"{name}#0", "name": name, "code": src, "inputs": inputs, "mocks": mocks})
            marked = with_result_print(src)
            if marked is not None:
                jobs.append({"id": f"{name}#1", "name": name, "code": marked, "inputs": inputs, "mocks": mocks})
            progs.append((name, inputs, mocks, note, refs, marked is not None))
        r18 = run_monty018(oracle, jobs)
    stats = {}
    for name, inputs, mocks, note, refs, has_marked in progs:
        refs["monty018"] = r18[f"{name}#0"]
        if refs["monty018"]["status"] == "ok" and has_marked:
            split_result(refs["monty018"], r18[f"{name}#1"])
        doc = {"generator": generator, "file": name, "inputs": inputs, "mocks": mocks,
               "monty023": refs["monty023"], "monty018": refs["monty018"], "cpython": refs["cpython"],
               "agree": agree(refs), "note": describe(note, refs)}
        with open(os.path.join(outdir, name[:-3] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(doc, fh, indent=1, ensure_ascii=False)
            fh.write("\n")
        for a in doc["agree"]:
            stats[a] = stats.get(a, 0) + 1
        stats["all three"] = stats.get("all three", 0) + (len(doc["agree"]) == 3)
    return stats, len(progs)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", required=True)
    ap.add_argument("--oracle", required=True)
    ap.add_argument("--data", required=True)
    ap.add_argument("--check", action="store_true")
    ap.add_argument("files", nargs="*")
    a = ap.parse_args()
    corpus, expected = os.path.join(a.data, "corpus"), os.path.join(a.data, "expected")
    files = a.files or sorted(os.path.join(corpus, f) for f in os.listdir(corpus) if f.endswith(".py"))
    if a.check:
        with tempfile.TemporaryDirectory() as out:
            stats, n = generate(files, a.oracle, out)
            bad = [f for f in sorted(os.listdir(out))
                   if not os.path.exists(os.path.join(expected, f))
                   or not filecmp.cmp(os.path.join(out, f), os.path.join(expected, f), shallow=False)]
            stale = [] if a.files else sorted(set(os.listdir(expected)) - set(os.listdir(out)))
            report(stats, n)
            if bad or stale:
                for f in bad:
                    print(f"changed: expected/{f}", file=sys.stderr)
                for f in stale:
                    print(f"stale: expected/{f}", file=sys.stderr)
                sys.exit(1)
            return
    os.makedirs(expected, exist_ok=True)
    stats, n = generate(files, a.oracle, expected)
    if not a.files:
        want = {os.path.basename(f)[:-3] + ".json" for f in files}
        for f in os.listdir(expected):
            if f.endswith(".json") and f not in want:
                os.remove(os.path.join(expected, f))
    report(stats, n)


def report(stats, n):
    print(f"interp-goldens: {n} programs", file=sys.stderr)
    for k in ("cpython=monty023", "monty018=monty023", "cpython=monty018", "all three"):
        print(f"  {k:18} {stats.get(k, 0):4} / {n}", file=sys.stderr)


main()
