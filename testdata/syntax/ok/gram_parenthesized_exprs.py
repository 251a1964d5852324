x = (1)
y = ((1))
z = (((a + b)))
t = ((1, 2))
u = (
    a
    + b
    - c
)
v = (yield_ is None)
w = ((lambda: 0))()
g = ((x for x in y))
(a) = 1
((a), (b)) = 1, 2
print((a, b))
