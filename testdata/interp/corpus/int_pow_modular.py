print(pow(3, 200, 1000))
print(pow(2, 10), pow(2, -1))
print(pow(7, 0))
(-2) ** 3, 2 ** 0.5
