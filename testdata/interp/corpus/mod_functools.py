import functools
print(functools.reduce(lambda a, b: a * b, range(1, 6)))
print(functools.reduce(lambda a, b: a + b, [], 0))
add3 = functools.partial(lambda a, b, c: a + b + c, 1, c=3)
print(add3(2), add3(b=10))
functools.reduce(max, [3, 9, 2])
