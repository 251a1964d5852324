# Floor division and modulo follow the sign of the divisor.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b))
[(a // b, a % b) for a, b in pairs]
