b = b"hello"
print(b, len(b), b[0], b[-1], b[1:3])
print(b + b" world", b * 2, b"ll" in b)
print(list(b"ab"), bytes(3), bytes("hé", "utf-8"))
b.upper()
