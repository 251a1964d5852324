b = b"  a,b,c  "
print(b.strip(), b.split(b","), b.strip().split(b","))
print(b"abc".replace(b"b", b"B"), b"abc".find(b"c"), b"xx".join([b"1", b"2"]))
print(b"abc".startswith(b"a"), b"abc".hex(), bytes.fromhex("6869"))
b"Hello".lower(), b"hello".title(), b"ab".center(6, b"*")
