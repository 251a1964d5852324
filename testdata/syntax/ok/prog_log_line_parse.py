import re
from collections import defaultdict

LINE = re.compile(
    r'(?P<ip>\d+\.\d+\.\d+\.\d+) - - \[(?P<ts>[^\]]+)\] '
    r'"(?P<method>[A-Z]+) (?P<path>\S+) HTTP/[\d.]+" (?P<status>\d{3}) (?P<size>\d+|-)'
)

by_status = defaultdict(int)
slow_paths = defaultdict(list)
bad = 0

for raw in fetch_log_lines(service, limit=5000):
    m = LINE.match(raw)
    if not m:
        bad += 1
        continue
    status = int(m["status"])
    by_status[status // 100 * 100] += 1
    if status >= 500:
        slow_paths[m.group("path")].append(m.group("ts"))

{"by_class": dict(by_status), "errors": {p: len(t) for p, t in slow_paths.items()}, "unparsed": bad}
