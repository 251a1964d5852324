del a
del a, b
del (a, b)
del [a, b]
del obj.attr
del seq[0]
del seq[1:3]
del mapping["key"], obj.x.y
del (a), [b, (c, d)]
del a,
