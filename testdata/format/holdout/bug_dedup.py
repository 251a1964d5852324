import math

def tokens(text):
    return [w for w in ''.join(c.lower() if c.isalnum() else ' ' for c in text).split() if len(w) > 2]

def tf(words):
    counts = {}
    for w in words: counts[w] = counts.get(w, 0) + 1
    n = len(words) or 1
    return {w: c / n for w, c in counts.items()}

def similarity(a, b):
    ta, tb = tf(tokens(a)), tf(tokens(b))
    common = set(ta) & set(tb)
    dot = sum(ta[w] * tb[w] for w in common)
    na = math.sqrt(sum(v * v for v in ta.values())); nb = math.sqrt(sum(v * v for v in tb.values()))
    return dot / (na * nb) if na and nb else 0.0

new = get_issue(issue_number)
candidates = search_issues(query = ' '.join(tokens(new['title'])[:6]), state = 'open', limit = 50)
scored = sorted(((similarity(new['title'] + ' ' + new['body'], c['title'] + ' ' + c['body']), c) for c in candidates if c['number'] != new['number']), key = lambda x: -x[0])
dupes = [(s, c) for s, c in scored if s >= 0.55][:3]
if dupes:
    comment_on_issue(new['number'], 'Possible duplicates:\n' + '\n'.join(f"- #{c['number']} {c['title']} (similarity {s:.2f})" for s, c in dupes))
    add_label(new['number'], 'possible-duplicate')
[c['number'] for _, c in dupes]
