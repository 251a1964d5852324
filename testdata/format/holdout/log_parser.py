import re
from collections import Counter

LINE = re.compile(r'^(?P<ip>\S+) \S+ \S+ \[(?P<ts>[^\]]+)\] "(?P<method>[A-Z]+) (?P<path>\S+) [^"]*" (?P<status>\d{3}) (?P<size>\d+|-)(?: "(?P<ref>[^"]*)" "(?P<ua>[^"]*)")?')

def parse(lines):
    for line in lines:
        m = LINE.match(line)
        if m: yield_like = m.groupdict(); yield_like['status'] = int(yield_like['status']); yield_like['size'] = 0 if yield_like['size'] == '-' else int(yield_like['size']); PARSED.append(yield_like)
        else: BAD.append(line)

PARSED, BAD = [], []
parse(read_log_lines('access.log', tail = 100000))

status_counts = Counter(r['status'] // 100 * 100 for r in PARSED)
top_paths = Counter(r['path'].split('?')[0] for r in PARSED).most_common(10)
top_error_paths = Counter(r['path'] for r in PARSED if r['status'] >= 500).most_common(5)
bots = sum(1 for r in PARSED if r.get('ua') and re.search(r'bot|crawl|spider', r['ua'], re.I))
bytes_sent = sum(r['size'] for r in PARSED)

{
    'requests': len(PARSED), 'unparsed': len(BAD),
    'by_status_class': dict(status_counts),
    'top_paths': top_paths, 'top_5xx_paths': top_error_paths,
    'bot_share': round(bots / len(PARSED), 3) if PARSED else 0,
    'mb_sent': round(bytes_sent / 1e6, 1),
}
