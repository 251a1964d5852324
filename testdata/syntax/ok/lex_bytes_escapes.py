b1 = b"\x00\x01\xff"
b2 = b"\n\t\r\\\'\""
b3 = b"\101\102\103"
b4 = b"\xe9\xe8\x80"
b5 = b"abc\
def"
b6 = b'\a\b\f\v'
b7 = b"\u00e9 not an escape in bytes"
b8 = b"\N{BULLET} kept"
b9 = b"" b"\x7f" B"\x20"
b10 = b"""triple
bytes with newline"""
