def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value

"defined"
