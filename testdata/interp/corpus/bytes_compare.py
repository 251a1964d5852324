print(b"a" < b"b", b"abc" == b"abc", b"a" == "a")
print(sorted([b"b", b"a", b"ab"]))
b"" < b"\x00"
