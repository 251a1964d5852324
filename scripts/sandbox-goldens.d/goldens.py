"""Writes testdata/sandbox/expected/*.json from real Monty under resource limits.

Called by scripts/sandbox-goldens (which checks the tools); the program header
lines and the expected-file format are described in testdata/sandbox/README.md.

Every program is a hostile one, so every run is capped from outside as well:
at most WALL_CAP seconds of wall-clock time, an address space of AS_CAP bytes
(RLIMIT_AS; a Rust allocation beyond it aborts the process), no core dumps,
and at most OUTPUT_CAP bytes of stdout. Runs are strictly one at a time.
"""

import argparse
import base64
import hashlib
import json
import os
import re
import resource
import signal
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "pyshared"))
from monty_traceback import parse_traceback  # noqa: E402
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
WALL_CAP = 20.0
AS_CAP = 2 << 30
OUTPUT_CAP = 64 << 20
KEEP = 4096            # bytes of stdout head and tail kept
TEXT_MAX = 2000        # stdout up to this size is stored whole
ERR_KEEP = 1 << 20     # bytes of stderr head and tail kept
TB_MAX = 4096          # tracebacks up to this size are stored
HEADER_RE = re.compile(r"^# (limits|expect|note):\s?(.*)$")
ELAPSED_RE = re.compile(r"^[^\n]*? \u276f ")  # "<elapsed> ❯ "
TIME_MSG_RE = re.compile(r"^time limit exceeded: \S+ > ")
KNOWN_LIMITS = ("max_duration", "max_memory", "max_allocations", "max_recursion", "max_output")


# ---- headers and limit values -----------------------------------------------

def read_header(src, name):
    """Returns (limits, expect, note) from the comment block at the top."""
    limits, expect, notes = {}, None, []
    for line in src.split("\n"):
        if not line.startswith("#"):
            if line.strip() == "":
                continue
            break
        m = HEADER_RE.match(line)
        if not m:
            continue
        if m.group(1) == "limits":
            limits = json.loads(m.group(2))
        elif m.group(1) == "expect":
            expect = m.group(2).strip()
        else:
            notes.append(m.group(2))
    bad = sorted(set(limits) - set(KNOWN_LIMITS))
    if bad:
        sys.exit(f"sandbox-goldens: {name}: unknown limits {bad}")
    if not expect:
        sys.exit(f"sandbox-goldens: {name}: no '# expect:' line")
    return limits, expect, (" ".join(notes) or None)


def seconds(v):
    """A duration: a number of seconds or a string like "1s", "500ms", "2.5s"."""
    if isinstance(v, (int, float)):
        return float(v)
    m = re.fullmatch(r"\s*([0-9.]+)\s*(ms|s)?\s*", v)
    if not m:
        raise ValueError(f"bad duration {v!r}")
    return float(m.group(1)) / (1000 if m.group(2) == "ms" else 1)


def size(v):
    """A byte count: a number or a string like "16MiB", "64KiB", "1GiB", "100B"."""
    if isinstance(v, int):
        return v
    m = re.fullmatch(r"\s*([0-9]+)\s*(B|KiB|MiB|GiB)?\s*", v)
    if not m:
        raise ValueError(f"bad size {v!r}")
    return int(m.group(1)) << {None: 0, "B": 0, "KiB": 10, "MiB": 20, "GiB": 30}[m.group(2)]


def cli_flags(limits):
    """(flags, unsupported limit names) for the 0.0.23 CLI."""
    flags, unsupported = [], []
    for k, v in sorted(limits.items()):
        if k == "max_duration":
            flags += ["--max-duration", repr(seconds(v))]
        elif k == "max_memory":
            flags += ["--max-memory", str(size(v))]
        elif k == "max_recursion":
            flags += ["--max-recursion-depth", str(int(v))]
        else:
            unsupported.append(k)
    return flags, unsupported


def node_limits(limits):
    """(ResourceLimits object, unsupported limit names) for the 0.0.18 Node API."""
    opts, unsupported = {}, []
    for k, v in sorted(limits.items()):
        if k == "max_duration":
            opts["maxDurationSecs"] = seconds(v)
        elif k == "max_memory":
            opts["maxMemory"] = size(v)
        elif k == "max_recursion":
            opts["maxRecursionDepth"] = int(v)
        elif k == "max_allocations":
            opts["maxAllocations"] = int(v)
        else:
            unsupported.append(k)
    return opts, unsupported


# ---- capped process runs ---------------------------------------------------------

class Sink:
    """Drains a pipe keeping only its size, hash, head and tail."""

    def __init__(self, pipe, cap=None, on_cap=None, keep=KEEP):
        self.bytes, self.hash, self.keep = 0, hashlib.sha256(), keep
        self.head, self.tail = b"", b""
        self.capped = False
        self._t = threading.Thread(target=self._drain, args=(pipe, cap, on_cap), daemon=True)
        self._t.start()

    def _drain(self, pipe, cap, on_cap):
        while True:
            b = pipe.read1(1 << 16)
            if not b:
                break
            self.bytes += len(b)
            self.hash.update(b)
            if len(self.head) < self.keep:
                self.head += b[:self.keep - len(self.head)]
            self.tail = (self.tail + b)[-self.keep:]
            if cap is not None and self.bytes > cap and not self.capped:
                self.capped = True
                on_cap()

    def join(self):
        self._t.join(5)

    def captured(self):
        """(size, sha256 hex, head, tail) for stdout_rec."""
        return self.bytes, self.hash.hexdigest(), self.head, self.tail

    def whole(self):
        """The whole text when it was kept entirely, else None."""
        return self.head.decode("utf-8", "replace") if self.bytes <= self.keep else None


def caps():
    resource.setrlimit(resource.RLIMIT_AS, (AS_CAP, AS_CAP))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def run_capped(argv, cwd, stdin=None, keep=KEEP):
    """Runs argv under the caps. Returns (returncode or -signal, killed_by, out Sink,
    err Sink, elapsed seconds, peak RSS KiB of the child)."""
    p = subprocess.Popen(argv, cwd=cwd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, preexec_fn=caps, start_new_session=True)
    killed = []

    def kill(why):
        if not killed:
            killed.append(why)
        try:
            os.killpg(p.pid, signal.SIGKILL)  # the group of the process started here
        except ProcessLookupError:
            pass

    out = Sink(p.stdout, OUTPUT_CAP, lambda: kill(f"output cap {OUTPUT_CAP >> 20} MiB"), keep)
    # stderr holds the traceback, whose last lines name the error: keep up to 1 MiB whole.
    err = Sink(p.stderr, OUTPUT_CAP, lambda: kill(f"stderr cap {OUTPUT_CAP >> 20} MiB"), ERR_KEEP)
    if stdin is not None:
        try:
            p.stdin.write(stdin)
        except BrokenPipeError:
            pass
    p.stdin.close()
    start = time.monotonic()
    while True:
        pid, status, ru = os.wait4(p.pid, os.WNOHANG)
        if pid:
            break
        if time.monotonic() - start > WALL_CAP:
            kill(f"wall-clock cap {WALL_CAP:g}s")
        time.sleep(0.005)
    elapsed = time.monotonic() - start
    p.returncode = os.waitstatus_to_exitcode(status)
    out.join()
    err.join()
    return p.returncode, (killed[0] if killed else None), out, err, elapsed, ru.ru_maxrss


def stdout_rec(cap):
    """The stdout record from (size, sha256 hex, head bytes, tail bytes); None if unknown."""
    if cap is None:
        return None
    n, sha, head, tail = cap
    rec = {"bytes": n, "sha256": sha}
    if n <= TEXT_MAX:
        rec["text"] = head.decode("utf-8", "replace")
    else:
        rec["head"] = head[:200].decode("utf-8", "replace")
        rec["tail"] = tail[-200:].decode("utf-8", "replace")
    return rec


# ---- outcome parsing -----------------------------------------------------------------

def error_rec(etype, msg, line):
    """The error record; the elapsed time in a timeout message is not stable."""
    stable = TIME_MSG_RE.sub("time limit exceeded: <elapsed> > ", msg) if etype == "TimeoutError" else msg
    return {"type": etype, "message": stable, "line": line}, (msg if stable != msg else None)


def finish(rec, measured, killed, rc, err_tail, elapsed, rss, out):
    """Fills the timing-dependent parts; stdout is stable only when the run ended on
    its own (not by a clock)."""
    measured.update({"elapsed_ms": round(elapsed * 1000, 1), "peak_rss_kib": rss})
    timing = killed is not None or (rec["error"] or {}).get("type") == "TimeoutError"
    if timing:
        measured["stdout"] = stdout_rec(out)
        rec["stdout"] = None
        if rec["error"] and rec["error"]["line"] is not None:
            # Where the clock ran out (0.0.18 gives a frame) varies between runs.
            measured["error_line"] = rec["error"]["line"]
            rec["error"]["line"] = None
    else:
        rec["stdout"] = stdout_rec(out)
    if killed:
        rec["status"] = "killed"
        rec["killed"] = killed
        rec["error"] = None
    elif rc == 65 and err_tail.startswith("monty worker:"):
        # Monty's own process-level guard, below the Python level.
        rec["status"] = "worker-abort"
        rec["error"] = {"type": "WorkerAbort", "message": err_tail.strip(), "line": None}
    elif rc < 0 or rc not in (0, 1) or rec["status"] is None:
        rec["status"] = "crash"
        rec["killed"] = None
        rec["error"] = {"type": "Crash", "message": f"exit {rc}: " + err_tail[-300:], "line": None}
    rec["measured"] = measured
    return rec


def run_cli(cli, name, code, limits, tmp):
    flags, unsupported = cli_flags(limits)
    with open(os.path.join(tmp, name), "w", encoding="utf-8") as fh:
        fh.write(code)
    rc, killed, out, err, elapsed, rss = run_capped([cli, *flags, name], tmp)
    # Beyond ERR_KEEP only the tail is parsed; it still ends with the error line.
    text = err.head.decode("utf-8", "replace") if err.bytes <= ERR_KEEP else \
        "Traceback (most recent call last):\n" + err.tail.decode("utf-8", "replace").split("\n", 1)[-1]
    rec = {"command": "monty " + " ".join(flags + [name]), "unsupported_limits": unsupported,
           "status": None, "killed": None, "error": None, "traceback": None}
    measured = {}
    if not killed and rc == 0:
        rec["status"] = "ok"
        m = ELAPSED_RE.match(text)
        rec["display"] = (text[m.end():] if m else text).rstrip("\n")
    elif not killed and rc == 1 and text.startswith("error:"):
        tb = text[len("error:"):].lstrip("\n").rstrip("\n")
        rec["status"] = "parse-rejected"
        rec["error"], raw = error_rec(*parse_traceback(tb))
        rec["traceback"] = tb if len(tb) <= TB_MAX else None
    elif not killed and rc == 1 and ELAPSED_RE.match(text) and \
            text[ELAPSED_RE.match(text).end():].startswith("error:"):
        tb = text[ELAPSED_RE.match(text).end() + len("error:"):].lstrip(" ").rstrip("\n")
        rec["status"] = "error"
        rec["error"], raw = error_rec(*parse_traceback(tb))
        if raw:
            measured["raw_message"] = raw
        elif len(tb) <= TB_MAX:
            rec["traceback"] = tb
    elif killed is None and "memory allocation of" in text:
        rec["status"] = "killed"
        killed = f"address-space cap {AS_CAP >> 30} GiB (allocation failed: {text.strip()[-120:]})"
    return finish(rec, measured, killed, rc, text, elapsed, rss, out.captured())


def run_node(oracle, name, code, limits):
    opts, unsupported = node_limits(limits)
    job = json.dumps({"name": name, "code": code, "limits": opts}).encode()
    rc, killed, out, err, elapsed, rss = run_capped(
        ["node", os.path.join(HERE, "monty018.mjs"), oracle], HERE, stdin=job, keep=1 << 20)
    rec = {"options": {"limits": opts}, "unsupported_limits": unsupported,
           "status": None, "killed": None, "error": None, "traceback": None}
    measured = {"note": "peak RSS includes node itself"}
    line = out.whole()
    j = None
    if not killed and rc == 0 and line:
        j = json.loads(line)
    if j is None:
        etext = err.tail.decode("utf-8", "replace")
        if not killed and "memory allocation of" in etext:
            killed = f"address-space cap {AS_CAP >> 30} GiB (allocation failed)"
        rec["status"] = "crash"
        rec["error"] = {"type": "Crash", "message": f"exit {rc}: {etext[-300:]}", "line": None}
        # node died: what the program printed is unknown.
        return finish(rec, measured, killed, rc if rc not in (0, 1) else 2, etext, elapsed, rss, None)
    rec["status"] = j["status"]
    if j.get("hostCall"):
        rec["host_call"] = j["hostCall"]
    if j.get("killed"):
        killed = "output cap (print callback)"
    if j["error"]:
        rec["error"], raw = error_rec(j["error"]["type"], j["error"]["message"] or "", j["error"]["line"])
        if raw:
            measured["raw_message"] = raw
        elif j["traceback"] and len(j["traceback"]) <= TB_MAX:
            rec["traceback"] = j["traceback"]
    s = j["stdout"]
    cap = (s["bytes"], s["sha256"], base64.b64decode(s["head"]), base64.b64decode(s["tail"]))
    return finish(rec, measured, killed, 0, "", elapsed, rss, cap)


# ---- main ------------------------------------------------------------------------------

def contained(rec):
    """Whether Monty itself ended the run (not an outside cap, not a crash)."""
    return rec["status"] not in ("killed", "crash")


def matches(expect, rec):
    if rec["status"] in ("killed", "crash", "worker-abort", "host-call"):
        return False
    if expect == "ok":
        return rec["status"] == "ok"
    return rec["error"] is not None and rec["error"]["type"] == expect


def generate(files, oracle, outdir, log):
    cli = os.path.join(oracle, "node_modules/@pydantic/monty-linux-x64-gnu/monty")
    node_ver = subprocess.run(["node", "--version"], capture_output=True, text=True).stdout.strip()
    generator = (f"scripts/sandbox-goldens; monty 0.0.23 CLI and monty 0.0.18 Node API ({node_ver}); "
                 f"outside caps: {WALL_CAP:g}s wall clock, {AS_CAP >> 30} GiB address space, "
                 f"{OUTPUT_CAP >> 20} MiB stdout")
    docs = []
    with tempfile.TemporaryDirectory() as tmp:
        for f in files:
            name = os.path.basename(f)
            with open(f, encoding="utf-8") as fh:
                src = fh.read()
            limits, expect, note = read_header(src, name)
            r23 = run_cli(cli, name, src, limits, tmp)
            r18 = run_node(oracle, name, src, limits)
            doc = {"generator": generator, "file": name, "limits": limits, "expect": expect, "note": note,
                   "monty023": r23, "monty018": r18,
                   "contained": {"monty023": contained(r23), "monty018": contained(r18)},
                   "expect_met": {"monty023": matches(expect, r23), "monty018": matches(expect, r18)}}
            with open(os.path.join(outdir, name[:-3] + ".json"), "w", encoding="utf-8") as fh:
                json.dump(doc, fh, indent=1, ensure_ascii=False)
                fh.write("\n")
            docs.append(doc)
            if log:
                e = r23["error"] or {}
                print(f"  {name:45} 0.0.23 {r23['status']:14} {e.get('type', ''):20} "
                      f"{r23['measured']['elapsed_ms']:8.1f}ms | 0.0.18 {r18['status']:14} "
                      f"{(r18['error'] or {}).get('type', '')}", file=sys.stderr)
    return docs


def stable(doc):
    """The expected file without its measured (timing-dependent) parts."""
    d = json.loads(json.dumps(doc))
    for ref in ("monty023", "monty018"):
        d[ref].pop("measured", None)
    return d


def report(docs):
    n = len(docs)
    print(f"sandbox-goldens: {n} programs", file=sys.stderr)
    for ref in ("monty023", "monty018"):
        by = {}
        for d in docs:
            r = d[ref]
            k = r["status"] + (":" + r["error"]["type"] if r["error"] and r["status"] == "error" else "")
            by[k] = by.get(k, 0) + 1
        own = sum(d["contained"][ref] for d in docs)
        met = sum(d["expect_met"][ref] for d in docs)
        print(f"  {ref}: ended by Monty itself {own}/{n}, only by an outside cap {n - own}; "
              f"'# expect' met {met}/{n}", file=sys.stderr)
        print("    " + ", ".join(f"{k} {v}" for k, v in sorted(by.items())), file=sys.stderr)
        for d in docs:
            if not d["contained"][ref]:
                print(f"    not contained: {d['file']} ({d[ref]['killed'] or d[ref]['error']['message'][:80]})",
                      file=sys.stderr)
        slow = sorted(docs, key=lambda d: -d[ref]["measured"]["elapsed_ms"])[:5]
        print("    slowest: " + ", ".join(f"{d['file']} {d[ref]['measured']['elapsed_ms'] / 1000:.2f}s"
                                          for d in slow), file=sys.stderr)
    miss = [d["file"] for d in docs if not d["expect_met"]["monty023"]]
    if miss:
        print(f"  '# expect' not met by 0.0.23 ({len(miss)}): " + ", ".join(miss), file=sys.stderr)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--oracle", required=True)
    ap.add_argument("--data", required=True)
    ap.add_argument("--check", action="store_true")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("files", nargs="*")
    a = ap.parse_args()
    corpus, expected = os.path.join(a.data, "corpus"), os.path.join(a.data, "expected")
    files = a.files or sorted(os.path.join(corpus, f) for f in os.listdir(corpus) if f.endswith(".py"))
    if a.check:
        with tempfile.TemporaryDirectory() as out:
            docs = generate(files, a.oracle, out, a.verbose)
            bad = []
            for f in sorted(os.listdir(out)):
                old = os.path.join(expected, f)
                if not os.path.exists(old):
                    bad.append(f"missing: expected/{f}")
                    continue
                with open(old, encoding="utf-8") as fh, open(os.path.join(out, f), encoding="utf-8") as gh:
                    if stable(json.load(fh)) != stable(json.load(gh)):
                        bad.append(f"changed: expected/{f}")
            if not a.files:
                bad += [f"stale: expected/{f}" for f in sorted(set(os.listdir(expected)) - set(os.listdir(out)))]
            report(docs)
            for b in bad:
                print(b, file=sys.stderr)
            sys.exit(1 if bad else 0)
    os.makedirs(expected, exist_ok=True)
    docs = generate(files, a.oracle, expected, a.verbose)
    if not a.files:
        want = {os.path.basename(f)[:-3] + ".json" for f in files}
        for f in os.listdir(expected):
            if f.endswith(".json") and f not in want:
                os.remove(os.path.join(expected, f))
    report(docs)


main()
