# `type X = ...` is Python 3.12 syntax (CPython 3.11 cannot parse it).
type UserId = int

def lookup(uid: UserId) -> str:
    return f"user-{uid}"

lookup(5)
