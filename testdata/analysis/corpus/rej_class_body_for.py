class Lookup:
    table = {}
    for i in range(3):
        table[i] = i * i
