values = [3, 8, 1, 9, 4]
if (n := len(values)) > 3:
    print(f"{n} values")
clipped = [c for v in values if (c := min(v, 5)) > 2]
key = lambda x, scale=2: (-x * scale, x)
ranked = sorted(values, key=key)
ranked, clipped
