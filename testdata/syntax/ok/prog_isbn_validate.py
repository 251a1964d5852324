def isbn10_ok(s):
    if len(s) != 10:
        return False
    total = 0
    for i, ch in enumerate(s):
        if ch in "Xx" and i == 9:
            v = 10
        elif ch.isdigit():
            v = int(ch)
        else:
            return False
        total += (10 - i) * v
    return total % 11 == 0


def isbn13_ok(s):
    if len(s) != 13 or not s.isdigit():
        return False
    total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(s))
    return total % 10 == 0


def check(raw):
    s = raw.replace("-", "").replace(" ", "")
    return isbn13_ok(s) if len(s) == 13 else isbn10_ok(s)


list(zip(isbns, map(check, isbns)))
