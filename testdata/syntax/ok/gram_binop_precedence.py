a + b * c
(a + b) * c
a * b + c * d
a - b - c
a - (b - c)
a / b / c
a // b * c % d
a + b << c
a << b + c
a & b | c ^ d
a | b & c
a ^ b & c | d
a | b ^ c
a < b | c
a + b @ c - d
x = -a * b
x = a * -b
x = ~a + b
x = a if b else c or d
x = a or b if c else d
x = not a == b
