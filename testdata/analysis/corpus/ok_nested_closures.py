def make_counter(start=0, step=1):
    count = start
    def bump():
        nonlocal count
        count += step
        return count
    def reset():
        nonlocal count
        count = start
    return bump, reset

bump, reset = make_counter(10, 5)
bump()
bump()
reset()
bump()
