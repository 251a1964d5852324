g = (x * x for x in range(4))
print(sum(g))
print(list(x for x in "ab"), max(len(w) for w in ["a", "abc"]))
type(g).__name__
