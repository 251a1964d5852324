total = 0
for byte in b"\x01\x02\xff":
    total += byte
print(total)
print([hex(x) for x in b"AZ"])
b"abc"[::-1]
