slot = [0]
slot[0], = [7]
slot
