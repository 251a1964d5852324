print(list(map(str, [1, 2])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
print(list(filter(None, [0, 1, "", "a", None, []])), list(filter(str.isdigit, ["1", "a"])))
print(list(map(abs, range(-2, 2))))
def double(x):
    return x * 2

list(map(double, filter(lambda v: v > 1, [1, 2, 3])))
