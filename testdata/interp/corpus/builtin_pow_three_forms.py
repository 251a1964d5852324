print(pow(2, 8), pow(2.0, 3), pow(-8, 1 / 3) if False else "skip", pow(5, 2, 3))
pow(0, 0)
