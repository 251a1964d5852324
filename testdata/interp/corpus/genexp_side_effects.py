log = []
def f(x):
    log.append(x)
    return x

g = (f(x) for x in range(3))
print(log)
any(g)
