names = ["bob", "Alice", "carol", "Dave"]
print(sorted(names))
print(sorted(names, key=lambda n: n.lower()))
print(sorted(names, key=len, reverse=True))
sorted(names, key=lambda n: (len(n), n))
