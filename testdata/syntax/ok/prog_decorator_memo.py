import functools

calls = 0


def memoize(fn):
    cache = {}

    @functools.wraps(fn)
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]

    wrapper.cache = cache
    return wrapper


@memoize
def shipping_quote(origin, dest, kg):
    global calls
    calls += 1
    return external_rate_lookup(origin, dest, kg)


quotes = [shipping_quote("DE", d, 2) for d in ["FR", "IT", "FR", "ES", "IT"]]
(quotes, calls)
