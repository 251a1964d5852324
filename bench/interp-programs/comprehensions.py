# List, dict and set comprehensions and generator expressions.
total = 0
for rep in range(120):
    squares = [x * x for x in range(5000)]
    evens = [x for x in squares if x % 2 == 0]
    index = {x: i for i, x in enumerate(evens)}
    mods = {x % 97 for x in squares}
    total += sum(x % 1000 for x in evens) + len(index) + len(mods)
pairs = [(a, b) for a in range(300) for b in range(a, 300) if (a + b) % 11 == 0]
print(total, len(pairs))
