# ast.parse accepts this; CPython's compiler and Monty reject it.
limit = 3
if limit > 2:
    break
