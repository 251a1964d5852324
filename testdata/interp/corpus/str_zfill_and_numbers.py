[str(7).zfill(3), "-5".zfill(4), "abc".zfill(5), "1e5".zfill(6), "".zfill(2)]
