counts = {"a": 3, "b": 1}
max(counts, key=lambda k: counts[k])
