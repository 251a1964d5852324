rows = [("apples", 3), ("kiwis", 12), ("figs", 120)]
width = max(len(name) for name, _ in rows) + 2
for name, count in rows:
    print(f"{name:<{width}}|{count:>{4}d}")
prec = 3
f"{2 / 3:.{prec}f}"
