# Self-asserting: every check is an assert; the test fails on any exception.
# Passes unchanged under CPython 3.11 and the real Monty 0.0.23 CLI.
# Fast paths of the VM (small dicts, string building, instance attributes,
# pair-unpacking loops, sorting, closures): each must behave like the
# general path.

# String building: results that share a prefix stay independent.
a = "x" * 100
b = a + "y"
b1 = b + "1"
b2 = b + "2"
assert b1[-2:] == "y1" and b2[-2:] == "y2" and b[-1] == "y" and len(b) == 101
acc = ""
snaps = []
for i in range(300):
    acc += str(i % 10)
    if i % 100 == 99:
        snaps.append(acc)
assert [len(s) for s in snaps] == [100, 200, 300]
assert snaps[0] == snaps[1][:100] and snaps[1] == snaps[2][:200]
other = snaps[0] + "!"
assert snaps[1][100] == "0" and other[-1] == "!"
acc2 = acc
acc += "end"
acc2 += "END"
assert acc.endswith("9end") and acc2.endswith("9END") and len(acc) == len(acc2) == 303

# Small dicts and their growth past the unindexed size.
d = {}
for i in range(20):
    d["k" + str(i)] = i
    assert d["k" + str(i)] == i and len(d) == i + 1
assert list(d)[:3] == ["k0", "k1", "k2"]
for i in range(0, 20, 2):
    d.pop("k" + str(i))
assert len(d) == 10 and list(d)[:2] == ["k1", "k3"] and "k4" not in d
d["k4"] = 44
assert list(d)[-1] == "k4" and d["k4"] == 44
m = {1: "a", "1": "b", 1.5: "c", (1, 2): "d"}
m[True] = "e"
m[1.0] = "f"
assert m == {1: "f", "1": "b", 1.5: "c", (1, 2): "d"} and len(m) == 4
assert m.get("1") == "b" and m.get(2) is None
s = {1, 2, 3}
s.add(1.0)
s.add("1")
assert len(s) == 4

# Instance attributes: few, many, replaced, read back.
class P:
    def __init__(self, n):
        self.x = n
        self.y = -n

class Many:
    def __init__(self):
        self.a = 1
        self.b = 2
        self.c = 3
        self.d = 4
        self.e = 5
        self.f = 6
        self.g = 7
        self.h = 8
        self.i = 9
        self.j = 10

ps = [P(i) for i in range(5)]
ps[0].z = "z"
assert [p.x + p.y for p in ps] == [0] * 5 and ps[0].z == "z"
mm = Many()
mm.a = 100
assert mm.a + mm.j == 110 and mm.i == 9
m2 = Many()
assert m2.a == 1

# Loops unpacking pairs.
total = 0
for i, v in enumerate(["a", "b", "c"]):
    total += i * len(v)
assert total == 3
kv = []
for k, v in {"x": 1, "y": 2}.items():
    kv.append(k + str(v))
assert kv == ["x1", "y2"]
try:
    dd = {"a": 1}
    for k, v in dd.items():
        dd["b"] = 2
    assert False
except RuntimeError as e:
    assert str(e) == "dictionary changed size during iteration"
pairs = [(i, c) for i, c in enumerate("hey")]
assert pairs == [(0, "h"), (1, "e"), (2, "y")]

# Sorting: keys, reverse, stability, mixed types.
data = [(3, "c"), (1, "a"), (2, "b"), (1, "z"), (3, "a")] * 5
assert sorted(data)[:3] == [(1, "a"), (1, "a"), (1, "a")]
byfirst = sorted(data, key=lambda t: t[0])
assert byfirst[:5] == [(1, "a"), (1, "z"), (1, "a"), (1, "z"), (1, "a")]
rev = sorted(data, key=lambda t: t[0], reverse=True)
assert rev[:3] == [(3, "c"), (3, "a"), (3, "c")]
assert sorted([5, 2, 9, 1] * 10, reverse=True)[:5] == [9] * 5
words = sorted(["pear", "fig", "apple", "kiwi"] * 4, key=len)
assert words[:4] == ["fig"] * 4 and words[4:6] == ["pear", "kiwi"]
big = [(i * 7919) % 1009 for i in range(3000)]
sb = sorted(big)
assert all(sb[i] <= sb[i + 1] for i in range(len(sb) - 1))
assert sorted(sb) == sb and sorted(sb, reverse=True) == sb[::-1]
fl = sorted([2.5, 1, -3, 1.0, True])
assert fl == [-3, 1, 1.0, True, 2.5]
try:
    sorted([1, "a", 2])
    assert False
except TypeError as e:
    assert "not supported between instances of" in str(e)
assert max(data, key=lambda t: t[1]) == (1, "z") and min(range(10), key=lambda v: (v - 4) ** 2) == 4

# Closures and callbacks.
def make(n):
    def add(x):
        return x + n
    return add

def counter():
    count = 0
    def inc(step):
        nonlocal count
        count += step
        return count
    return inc

adders = [make(i) for i in range(4)]
assert [f(10) for f in adders] == [10, 11, 12, 13]
c = counter()
c(2)
assert c(3) == 5
def cellparam(x):
    def get():
        return x
    x += 1
    return get()
assert cellparam(1) == 2
assert list(map(lambda v: v * 2, filter(lambda v: v % 3 == 0, range(10)))) == [0, 6, 12, 18]
assert list(map(make(5), [1, 2])) == [6, 7]

# Int arithmetic fused with loads, stores and compare-and-jump, and its
# fallbacks (overflow to big ints, errors).
big = 9223372036854775807
big2 = big + 1
assert big2 == 2 ** 63 and big2 - 1 == big
acc = big
acc += 1
assert acc == 2 ** 63
neg = -big
neg -= 2
assert neg == -(2 ** 63) - 1
hits = 0
for a in range(30):
    for b in range(a, 30):
        if (a + b) % 11 == 0:
            hits += 1
assert hits == 42
q = 7
assert q * q * 3 % 5 == 2 and q // 2 == 3 and -q // 2 == -4 and q % -3 == -2
try:
    z = 0
    q % z
    assert False
except ZeroDivisionError:
    pass
try:
    q % 0
    assert False
except ZeroDivisionError:
    pass
