xs = [1, 2]
ys = (3, 4)
print([*xs, *ys, 5], (*xs, *ys), {*xs, *ys}, [*"ab", *range(2)])
print([*xs] is xs, [*{"k": 1}])
{**{"a": 1}, "b": 2}
