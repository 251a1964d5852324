def ids():
    n = 0
    while True:
        n += 1
        yield n

first = 1
first
