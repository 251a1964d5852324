t = (1, "a", 2.5)
print(t, t[1], t[-1], t[:2], len(t))
print(t + (3,), (0,) * 3, (), (1,))
print(t.index("a"), t.count(1), 1 in t)
a, b, c = t
(c, b, a)
