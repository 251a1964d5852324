items = [3, 1, 2]
a = f"{(n := len(items))} items, n={n}"
b = f"{(lambda xs: sorted(xs))(items)}"
c = f"{"big" if (m := max(items)) > 2 else "small"} ({m})"
d = f"{[y for x in items if (y := x * 2) > 2]}"
e = f"{(lambda: f"{items[0]}")()}"
