x = 7
a = f"{f"{x}"}"
b = f"{f"{f"{x}"}"}"
c = f"{f"{f"{f"{f"{x}"}"}"}"}"
d = f"outer {f"middle {f"inner {x!r}"}"} done"
e = f"{f"{x:>{f"{x}"}}"}"
g = f'{f'{x}' + f"{x}"}'
h = f"{[f"{i}" for i in range(x)]}"
