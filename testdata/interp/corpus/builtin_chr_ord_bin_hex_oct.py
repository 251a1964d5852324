print(chr(65), ord("A"), chr(0x1F600), ord("€"))
print(bin(10), hex(-1), oct(64), bin(0), hex(2 ** 70))
[chr(ord("a") + i) for i in range(5)]
