slot = [0]
total = sum(slot[0] for slot[0] in [1, 2, 3])
total
