# del as the body of one-line compound statements.
d = {"a": 1, "b": 2, "c": 3}
a = [1, 2, 3]
if "a" in d: del d["a"]
for k in ["b"]: del d[k]
if len(a) > 5: del a[0]
else: del a[0], d["c"]
print(d, a)
x = [9, 8, 7]; del x[0]; print(x)
