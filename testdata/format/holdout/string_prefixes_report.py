import re

HEADER = r'''
 ____                       _
|  _ \ ___ _ __   ___  _ __| |_
| |_) / _ \ '_ \ / _ \| '__| __|
|  _ <  __/ |_) | (_) | |  | |_
|_| \_\___| .__/ \___/|_|   \__|
          |_|
'''

ROW = '{:<24}{:>10}{:>10}'

def render(rows):
    out = [HEADER.strip('\n'), ROW.format('Metric', 'Value', 'Change'), '-' * 44]
    for name, value, change in rows:
        arrow = '\u2191' if change > 0 else '\u2193' if change < 0 else ' '
        out.append(ROW.format(name, f'{value:,}', f'{arrow}{abs(change):.1f}%'))
    return '\n'.join(out)

def parse_line(line):
    m = re.match(R'^(?P<name>[\w ]+):\s+(?P<value>\d+)\s+\((?P<change>[+-]?\d+(?:\.\d+)?)%\)$', line)
    return (m['name'], int(m['value']), float(m['change'])) if m else None

raw = fetch_text(U'https://metrics.internal/daily.txt')
rows = [r for r in map(parse_line, raw.splitlines()) if r is not None]
b'ok' if rows else b'empty'
render(rows)
