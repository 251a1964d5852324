def averager():
    total = count = 0
    average = None
    while True:
        term = yield average
        if term is None:
            break
        total += term
        count += 1
        average = total / count
    return average


def delegator(results, key):
    while True:
        results[key] = yield from averager()


g = averager()
next(g)
g.send(10)
g.close()
