def ratio(a, b):
    assert b != 0, "denominator must be non-zero"
    return a / b

results = []
for a, b in [(1, 2), (3, 4)]:
    results.append(ratio(a, b))
assert len(results) == 2
results
