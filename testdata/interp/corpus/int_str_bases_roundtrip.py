n = 123456789
print(bin(n), oct(n), hex(n))
print(int(bin(n), 2) == n, int(oct(n), 8) == n, int(hex(n), 16) == n)
[int("z", 36), int("Z", 36), int("10", 2), int("-ff", 16)]
