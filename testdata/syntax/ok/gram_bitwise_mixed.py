mask = (flags & 0xFF) | (other << 8)
parity = a ^ b ^ c
inv = ~mask & 0xFFFF
shifted = 1 << n >> m
combined = a | b & c ^ d << e >> f
check = flags & FLAG_A == FLAG_A
bits = [x >> i & 1 for i in range(8)]
x = -a & b | ~c
