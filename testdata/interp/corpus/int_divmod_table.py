for a in (13, -13):
    for b in (4, -4):
        print(a, b, divmod(a, b))
divmod(10 ** 20 + 3, 7)
