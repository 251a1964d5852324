print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), abs(-3.5), abs(-10 ** 30))
print(round(3.14159, 3), round(-0.5), round(1.5), round(2.5), round(1e20))
round(12345.6789, -2)
