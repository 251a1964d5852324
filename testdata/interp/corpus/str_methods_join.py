words = ["alpha", "beta", "gamma"]
print(", ".join(words), "".join(reversed(words)))
print("-".join(str(i) for i in range(5)))
try:
    ",".join([1, 2])
except TypeError as e:
    print(e)
"|".join("abc")
