def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)

assert f(1, c=3) == (1, 2, (), 3, 4, {})
assert f(1, 5, 6, 7, c=3, e=9) == (1, 5, (6, 7), 3, 4, {"e": 9})

def po(a, b, /, c):
    return a + b + c

assert po(1, 2, c=3) == 6
try:
    po(a=1, b=2, c=3)
    assert False
except TypeError as e:
    assert "positional-only" in str(e)

def counter():
    n = 0
    def inc(by=1):
        nonlocal n
        n += by
        return n
    return inc

c = counter()
c()
c(5)
assert c() == 7
fs = [lambda: i for i in range(3)]
assert [h() for h in fs] == [2, 2, 2]
total = 0
def add(v):
    global total
    total += v
add(3)
add(4)
assert total == 7

def deco(fn):
    def wrapper(*a, **k):
        return fn(*a, **k) * 2
    return wrapper

@deco
def three():
    return 3

assert three() == 6
args = [1, 2]
kwargs = {"c": 3}
assert po(*args, **kwargs) == 6
assert sorted([3, 1, 2], key=lambda v: -v) == [3, 2, 1]
assert max(["aa", "b"], key=len) == "aa"
assert list(map(lambda v: v + 1, [1, 2])) == [2, 3]
assert list(filter(None, [0, 1, 2])) == [1, 2]
assert list(zip("ab", [1, 2])) == [("a", 1), ("b", 2)]
assert list(enumerate("ab", 1)) == [(1, "a"), (2, "b")]

def fact(k):
    return 1 if k <= 1 else k * fact(k - 1)

assert fact(30) == 265252859812191058636308480000000
