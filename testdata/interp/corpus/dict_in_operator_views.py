d = {"a": 1}
print("a" in d, "a" in d.keys(), 1 in d.values(), ("a", 1) in d.items(), 1 in d)
len(d.items())
