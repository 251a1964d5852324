# inputs: {"limit": 3}
def take(xs):
    return xs[:limit]

take(list(range(10)))
