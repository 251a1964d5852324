first, *rest = items
*init, last = items
a, *b, c = range(10)
[*x] = y
*x, = y
(a, *b), c = ((1, 2, 3), 4)
combined = [*a, *b, 1]
pair = (*a, *b)
unique = {*a, *b}
t = *a, *b
for x, *y in rows:
    pass
print(*args, *more, sep="")
def f():
    return *a, 1
