text = "a b a c b a"
freq = {}
for w in text.split():
    freq[w] = freq.get(w, 0) + 1
pairs = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
print(pairs)
{k: v for k, v in pairs if v > 1}
