s = "héllo 😀 wörld"
print(len(s), s.upper(), s[6], s[-5:])
print([ord(c) for c in "é😀"], chr(233), chr(128512))
s.encode("utf-8")
