print(list(enumerate("abc")), list(enumerate("ab", 1)), list(enumerate([], start=5)))
for i, ch in enumerate("xy", start=10):
    print(i, ch)
dict(enumerate("zz"))
