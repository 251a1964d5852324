x = *a, *b
y = *a,
z = [*range(3), *"abc"]
w = {**d1, **d2}
v = (*a, b, *c)
u = f(*(1, 2), **{"k": 3})
a, b = *c, d
for q in *a, b:
    pass
