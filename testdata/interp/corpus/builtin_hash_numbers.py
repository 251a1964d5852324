print(hash(1), hash(-1) == hash(-2) or True, hash(1.5) == hash(1.5), hash((1, 2)) == hash((1, 2)))
print(hash(True) == hash(1), hash(0.0) == hash(0))
hash(10 ** 30) == hash(10 ** 30)
