# Self-asserting: every check is an assert; the test fails on any exception.
x = 7
assert x * 6 == 42 and x // 2 == 3 and x % 3 == 1 and -x // 2 == -4 and -7 % 3 == 2
assert 2 ** 100 == 1267650600228229401496703205376
assert (2 ** 64) // 3 == 6148914691236517205 and (2 ** 64) % 1000 == 616
assert 9223372036854775807 + 1 == 9223372036854775808
assert 10 / 4 == 2.5 and 7.5 // 2 == 3.0 and round(2.5) == 2 and round(3.5) == 4
assert 1 < 2 < 3 and not (1 < 3 < 2) and 3 > 2 >= 2
assert "ab" * 3 == "ababab" and [1] * 3 == [1, 1, 1] and (1, 2) + (3,) == (1, 2, 3)
assert repr(0.1) == "0.1" and repr(1e16) == "1e+16" and str(1.0) == "1.0"
assert int("  42 ") == 42 and int("ff", 16) == 255 and float("1.5") == 1.5
assert bool([]) is False and bool([0]) is True and not None
assert (y := 5) == 5 and y == 5
a, *b, c = [1, 2, 3, 4, 5]
assert a == 1 and b == [2, 3, 4] and c == 5
(p, q), r = (1, 2), 3
assert (p, q, r) == (1, 2, 3)
t = 0
for i in range(10):
    if i == 3:
        continue
    if i == 8:
        break
    t += i
else:
    t = -1
assert t == 25
n = 0
while n < 5:
    n += 1
else:
    n += 100
assert n == 105
assert [i * i for i in range(5) if i % 2] == [1, 9]
assert {k: v for k, v in [("a", 1), ("b", 2)]} == {"a": 1, "b": 2}
assert {c for c in "hello"} == {"h", "e", "l", "o"}
g = (i for i in range(3))
assert g == [0, 1, 2]
assert [(i, j) for i in range(2) for j in range(i)] == [(1, 0)]
assert "x" if 0 else "y" == "y"
