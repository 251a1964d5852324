words = ["apple", "avocado", "banana", "blueberry", "cherry"]
by_letter = {w[0]: [v for v in words if v[0] == w[0]] for w in words}
print(by_letter)
{len(w) for w in words}
