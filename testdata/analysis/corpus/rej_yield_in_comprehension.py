# CPython's compiler rejects yield in a comprehension; ast.parse accepts it.
def weird(xs):
    return [(yield x) for x in xs]

"ok"
