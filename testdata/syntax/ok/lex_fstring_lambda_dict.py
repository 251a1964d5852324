data = {"a": 1, "b": 2}
a = f"{(lambda v: v * 2)(21)}"
b = f"{ {'k': 1}['k'] }"
c = f"{dict(a=1)['a']}"
d = f"{ {k: v for k, v in data.items()} }"
e = f"{[lambda: 0][0]()}"
g = f"{(lambda: 'nested')()!r:>12}"
h = f"{data['a'] + data['b']}"
i = f'{data["a"]}'
j = f"{ {1, 2} | {3} }"
