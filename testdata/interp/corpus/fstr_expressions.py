d = {"k": [1, 2, 3]}
print(f"{d['k'][1]} {d['k'][-1] * 2} {'yes' if d else 'no'} {sum(d['k'])}")
print(f"{{braces}} {{{1 + 1}}}")
f"{(lambda v: v * 3)(2)}"
