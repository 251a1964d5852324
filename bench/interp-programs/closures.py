# Closures, higher-order functions, lambdas, map/filter.
def make_adder(n):
    def add(x):
        return x + n
    return add

def compose(f, g):
    return lambda x: f(g(x))

adders = [make_adder(i) for i in range(10)]
total = 0
for i in range(160000):
    f = compose(adders[i % 10], adders[(i + 3) % 10])
    total += f(i)
vals = list(map(lambda v: v * 2, filter(lambda v: v % 3 == 0, range(800000))))
print(total, len(vals), sum(vals))
