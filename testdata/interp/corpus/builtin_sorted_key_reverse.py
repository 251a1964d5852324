data = [("b", 3), ("a", 3), ("c", 1)]
print(sorted(data, key=lambda t: t[1]))
print(sorted(data, key=lambda t: t[1], reverse=True))
print(sorted("hello", reverse=True), sorted({3: "x", 1: "y"}), sorted((2, 1)))
print(sorted([-3, 2, -1], key=abs))
sorted([[2, "b"], [1, "z"], [2, "a"]])
