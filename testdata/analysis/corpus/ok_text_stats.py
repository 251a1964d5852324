text = "the quick brown fox jumps over the lazy dog the end"
words = text.split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top3 = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
lengths = {len(w) for w in words}
(top3, sorted(lengths), f"{len(words) / len(set(words)):.3f}")
