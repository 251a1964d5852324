"".join([str(i) for i in range(3)]) + "".join(map(str, [4, 5]))
