def lookup(d, k):
    try:
        return d[k]
    except LookupError as e:
        return f"missing ({type(e).__name__})"

def index(xs, i):
    try:
        return xs[i]
    except LookupError:
        return None

[lookup({}, "a"), index([1], 5), index([1], 0)]
