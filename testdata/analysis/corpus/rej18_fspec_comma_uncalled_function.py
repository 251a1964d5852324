def pretty(n):
    return f"{n:>12,}"

def plain(n):
    return str(n)

plain(1234)
