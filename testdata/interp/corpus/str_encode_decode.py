b = "héllo".encode()
print(b, len(b))
print(b.decode(), b.decode("utf-8"))
try:
    b"\xff".decode()
except UnicodeDecodeError as e:
    print(type(e).__name__)
"abc".encode("ascii")
