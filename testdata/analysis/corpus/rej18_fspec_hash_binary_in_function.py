def flags_repr(mask):
    return f"mask={mask:#010b}"

def unused(mask):
    return f"{mask:#o}"

flags_repr(5)
