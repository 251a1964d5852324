out = []
for ch in "abc":
    out.append(ch.upper())
print(out, list("xyz"), tuple("hi"))
print(sorted("banana"), set("aab") == {"a", "b"})
[c for c in "hello" if c not in "aeiou"]
