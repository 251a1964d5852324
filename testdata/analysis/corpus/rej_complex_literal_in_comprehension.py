roots = [k * 1j for k in range(3)]
len(roots)
