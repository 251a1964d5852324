names = ["bob", "Alice", "carol", "Dave"]
print(sorted(names))
print(sorted(names, key=str.lower))
print(sorted(names, key=len, reverse=True))
sorted(names, key=lambda n: (len(n), n))
