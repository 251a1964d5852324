x = "outer"
ys = [x for x in range(3)]
print(x, ys)
i = 10
squares = [i * i for i in range(4)]
(i, squares)
