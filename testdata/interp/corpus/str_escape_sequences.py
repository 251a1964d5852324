s = "a\tb\\c\x41\u00e9\N{BULLET}"
print(s, len(s))
print("\101\102", "\'", b"\x00".hex())
"\u0041" == "A"
