s = "  \t xx hello xx \n"
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "abcba".strip("ab"), "..a..".lstrip("."))
"www.example.com".removeprefix("www.").removesuffix(".com")
