a ** b ** c
(a ** b) ** c
-a ** b
(-a) ** b
a ** -b
-a ** -b
2 ** -1 ** 2
~a ** b
+a ** +b
a * b ** c
a ** b * c
x = 2 ** 3 ** 2
y = -2 ** 2
z = await_value ** 2


async def f():
    return await x ** 2, -await y
