# Calls reuse frames and a frame's cell buffer: each call must still get
# its own cells, closures of any size keep theirs, and returns that run
# finally blocks keep their value.

def pair(n):
    def get():
        return n

    def put(v):
        nonlocal n
        n = v

    return get, put

g1, p1 = pair(1)
g2, p2 = pair(2)
p1(10)
assert (g1(), g2()) == (10, 2)
p2(20)
assert (g1(), g2()) == (10, 20)


def one(a):
    return lambda: a


def two(a, b):
    return lambda: (a, b)


def three(a, b, c):
    return lambda: (a, b, c)


fs = [one(i) for i in range(5)] + [two(i, -i) for i in range(3)] + [three(i, i, i) for i in range(2)]
assert [f() for f in fs] == [0, 1, 2, 3, 4, (0, 0), (1, -1), (2, -2), (0, 0, 0), (1, 1, 1)]


def compose(f, g):
    return lambda x: f(g(x))

inc = one(1)
h = compose(lambda x: x * 2, lambda x: x + 3)
assert [h(i) for i in range(4)] == [6, 8, 10, 12]


def nested(x):
    def mid(y):
        def inner(z):
            return x + y + z

        return inner

    return mid


assert nested(1)(2)(3) == 6
assert [nested(i)(i)(i) for i in range(3)] == [0, 3, 6]


def late():
    out = []
    for i in range(3):
        out.append(lambda: i)
    return [f() for f in out]

assert late() == [2, 2, 2]


def cells_in_comp(k):
    return [(lambda: k + j)() for j in range(3)]

assert cells_in_comp(10) == [10, 11, 12]


def scoped(v):
    class K:
        w = v

        def get(self):
            return self.w

    return K().get()

assert scoped(7) == 7


log = []


def ret_finally(x):
    try:
        return x * 2
    finally:
        log.append(x)


def ret_plain(x):
    return x + 1

assert ret_finally(4) == 8 and ret_plain(4) == 5 and log == [4]


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

assert fib(20) == 6765


def deep(n):
    return deep(n + 1)

try:
    deep(0)
    assert False
except RecursionError:
    pass
assert fib(10) == 55
assert list(map(lambda v: v * 2, filter(lambda v: v % 3 == 0, range(10)))) == [0, 6, 12, 18]


def defaults(a, b=2, c=3):
    return (a, b, c)

assert [defaults(1), defaults(1, 5), defaults(1, 5, 6), defaults(1, c=9)] == [(1, 2, 3), (1, 5, 3), (1, 5, 6), (1, 2, 9)]
try:
    defaults()
    assert False
except TypeError as e:
    assert "missing 1 required positional argument: 'a'" in str(e)


class WithDefaults:
    def m(self, x, y=10):
        return x + y

w = WithDefaults()
assert (w.m(1), w.m(1, 2)) == (11, 3)
