pairs = [(1, "a"), (2, "b")]
for n, s in pairs:
    print(n, s)
for i, (n, s) in enumerate(pairs):
    print(i, n, s)
for k, *vs in [(1, 2, 3), (4,)]:
    print(k, vs)
[n * 2 for n, _ in pairs]
