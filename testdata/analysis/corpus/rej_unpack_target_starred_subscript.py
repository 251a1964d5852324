buf = [None]
first, *buf[0] = [1, 2, 3]
first
