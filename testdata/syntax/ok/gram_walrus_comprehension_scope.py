total = 0
partial_sums = [total := total + v for v in values]
last_match = None
found = any((last_match := w).startswith("x") for w in words)
pairs = [(y, z) for x in data if (y := f(x)) for z in [y ** 2] if (w := z) > 10]
{k: (n := len(v)) for k, v in groups.items()}
[[(acc := acc + j) for j in row] for row in matrix]
