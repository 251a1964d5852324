# CPython's compiler rejects two starred targets, but ast.parse accepts it.
parts = [1, 2, 3, 4]
try:
    *head, *tail = parts
except Exception as e:
    head, tail = [], [str(e)]
(head, tail)
