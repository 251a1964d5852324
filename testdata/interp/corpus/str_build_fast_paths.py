# f-strings with int fields, str.upper/lower on ASCII and non-ASCII text,
# replace with and without matches and counts, join of 0/1/many items.
big = 10 ** 25
for n in [0, 7, -7, 123456789, -9223372036854775808, 9223372036854775807, big, True, None, 2.5]:
    print(f"<{n}>", f"{n}", f"{n}{n}", f"[{n!r}|{n!s}]", f"{n=}")
w = 6
print(f"{42:{w}}|{42:>{w}}|{-3:05}|{7:x}|{'s'}|{''}|")
print(f"{1}{2}{3}", f"", f"{'é'}{10}{'😀'}")
for t in ["abc", "ABC", "MiXeD 123 !", "", "straße", "ǅungla", "ß"]:
    print(repr(t.upper()), repr(t.lower()), t.upper() == t.upper().upper())
text = "item-1,item-2,ITEM-3"
print(text.replace("item", "x"), text.replace("item", "longer-item", 1), text.replace("zz", "y"))
print(text.replace("-", "", 0), text.replace("-", "", -1), text.replace("", "|", 3), "aaa".replace("a", "b", 2))
print("é-é".replace("é", "e"), "😀x😀".replace("x", "é"), "abab".replace("ab", ""))
print(repr(",".join([])), ",".join(["one"]), ",".join(["a", "b", "c"]), "".join(["x", "y"]), "--".join("abc"))
try:
    ",".join(["a", 1])
except TypeError as e:
    print("TypeError", e)
words = "a b  c".split(" ")
print(words, "x,y,,z".split(","), "é é".split(), "a,b,c".rsplit(",", 1))
"-".join(f"{i}:{i * 3 % 7}".upper().replace("1", "one") for i in range(12))
