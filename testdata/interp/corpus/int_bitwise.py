a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a)
print(1 << 70, (1 << 70) >> 68)
print(-16 >> 2, -1 << 3)
(a & b, a | b)
