# PEP 695 syntax (Python 3.12): CPython 3.11 cannot parse this file.
def first[T](items: list[T], default: T) -> T:
    return items[0] if items else default

def pair[K, V](k: K, v: V) -> tuple[K, V]:
    return (k, v)

[first([3, 4], 0), first([], "none"), pair("a", 1)]
