# ast.parse accepts a module-level yield; CPython's compiler does not.
x = 1
yield x
