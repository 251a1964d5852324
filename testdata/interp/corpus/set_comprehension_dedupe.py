words = ["apple", "Apple", "APPLE", "banana"]
print(sorted({w.lower() for w in words}))
lens = {len(w) for w in words}
sorted(lens)
