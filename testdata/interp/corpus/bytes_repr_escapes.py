print(repr(b"\x00\x01\n\t'\""), repr(b"\x7f\x80"))
print(b"it's", b'say "x"')
b"\\"
