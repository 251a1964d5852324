xs = [5, -3, 2, -8, 0]
ys = sorted(xs)
xs.sort(key=abs)
print(ys, xs)
xs.sort(reverse=True)
print(xs)
words = ["ccc", "a", "bb", "aa"]
words.sort(key=len)
print(words)
sorted(words, key=lambda w: (-len(w), w))
