def outer(a):
    def middle(b):
        def inner(c):
            return a + b + c
        return inner
    return middle

print(outer(1)(2)(3))
add5 = outer(2)(3)
[add5(i) for i in range(3)]
