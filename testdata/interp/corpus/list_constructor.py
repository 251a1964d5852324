print(list(), list("ab"), list((1, 2)), list(range(3)), list({"k": 1}))
print(list({3, 1, 2}) == sorted({1, 2, 3}) or True)
list(x * 2 for x in range(3))
