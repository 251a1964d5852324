# `@` parses fine; Monty fails only when it is executed.
def apply(m, v):
    return m @ v

def safe_apply(m, v):
    try:
        return apply(m, v)
    except NotImplementedError:
        return None

safe_apply([[1, 0], [0, 1]], [1, 2])
