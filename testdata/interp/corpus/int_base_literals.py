print(0x_ff, 0o17, 0b101, 1_000_000)
print(hex(255), oct(8), bin(5))
print(hex(-255), bin(-5))
int("ff", 16) + int("0b11", 0) + int("777", 8)
