# Indexing and plain slicing of non-ASCII strs count code points (the
# interpreter finds the ends without decoding the whole str into runes).
s = "héllo wörld 😀 end"
print(len(s), s[0], s[1], s[-1], s[13], s[-5], s[12])
print(s[2:9], s[-6:], repr(s[:0]), repr(s[5:2]), s[1:100], s[-100:3], s[12:13])
print(s[::2], s[::-1], s[3:15:4], s[1:None], s[None:4])
chars = list(s)
for i in range(-len(s), len(s)):
    assert s[i] == chars[i], i
for a in range(-20, 20):
    for b in range(-20, 20):
        assert s[a:b] == "".join(chars[a:b]), (a, b)
try:
    s[len(s)]
except IndexError as e:
    print("IndexError", e)
"ascii only"[3:7] + "日本語テキスト"[2:5] + "日本語テキスト"[-1]
