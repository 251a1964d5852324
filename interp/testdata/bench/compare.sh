#!/bin/sh
# Compares the interpreter's CPU time per run of each testdata/bench
# program with CPython 3.11's (time.process_time, best of 5 runs) and
# prints the ratios and their geometric mean. Run from the repository root:
#   sh interp/testdata/bench/compare.sh
set -e
PY=$(python3 -c 'import sys; print(sys.executable)')
cd "$(dirname "$0")/../.."
go test -run XXX -bench 'Fib$|Loops$|Strings$|Dicts$' -benchtime 5x . > /tmp/interp-bench.txt
cd testdata/bench
"$PY" - /tmp/interp-bench.txt <<'PYEOF'
import math, re, sys, time
ours = {}
for line in open(sys.argv[1]):
    m = re.match(r'Benchmark(\w+)-\d+\s+\d+\s+(\d+) ns/op\s+(\d+) cpu-ns/op', line)
    if m:
        ours[m.group(1).lower()] = int(m.group(3)) / 1e6
ratios = []
for name in ["fib", "loops", "strings", "dicts"]:
    code = compile(open(name + ".py").read(), name + ".py", "exec")
    best = 1e9
    for _ in range(5):
        t = time.process_time()
        exec(code, {})
        best = min(best, time.process_time() - t)
    py = best * 1000
    r = ours[name] / py
    ratios.append(r)
    print(f"{name:8s} interp {ours[name]:8.1f} ms  cpython {py:8.1f} ms  ratio {r:.2f}")
print(f"geometric mean ratio {math.exp(sum(map(math.log, ratios)) / len(ratios)):.2f}")
PYEOF
