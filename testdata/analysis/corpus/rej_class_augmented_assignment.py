class Counter:
    count = 0
    count += 1
