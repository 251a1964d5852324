# The class is inside a function that is never called; 0.0.18 still rejects it.
def never_called():
    class Hidden:
        pass
    return Hidden

result = 1 + 1
result
