# Raising and catching exceptions in a loop.
def parse(s):
    try:
        return int(s)
    except ValueError:
        return -1

def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        return 0
    finally:
        pass

d = {str(i): i for i in range(100)}
total = 0
for i in range(120000):
    total += parse(str(i) if i % 3 else "x" + str(i))
    total += lookup(d, str(i % 200))
print(total)
