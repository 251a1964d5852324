counts = {}
data = [i * 7 % 1000 for i in range(200000)]
for x in data:
    key = "k" + str(x % 100)
    counts[key] = counts.get(key, 0) + 1
pairs = sorted(counts.items(), key=lambda kv: kv[1])
squares = [v * v for k, v in pairs]
lookup = {k: v for k, v in pairs}
total = 0
for k in lookup:
    total += lookup[k]
total + sum(squares) + len([x for x in data if x > 500])
