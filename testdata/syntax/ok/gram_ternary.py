a if cond else b
a if c1 else b if c2 else c
(a if c1 else b) if c2 else c
x = [1] if flag else []
y = f(a if a else b)
z = lambda v: v if v > 0 else -v
w = (yes if ok else no)()
v = a if b else lambda: c
u = 1 if x else 2, 3
