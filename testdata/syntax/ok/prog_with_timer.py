import time
from contextlib import contextmanager

timings = {}


@contextmanager
def timed(label):
    start = time.perf_counter()
    try:
        yield
    finally:
        timings[label] = round((time.perf_counter() - start) * 1000, 2)


with timed("fetch"):
    rows = query_db("SELECT * FROM events WHERE day = ?", [day])

with timed("transform"), timed("transform_inner"):
    cleaned = [r for r in rows if r["kind"] != "noise"]

with open(report_path, "w") as fh, timed("write"):
    fh.write("\n".join(str(r) for r in cleaned))

timings
