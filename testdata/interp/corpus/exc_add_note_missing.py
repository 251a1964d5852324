try:
    raise ValueError("x")
except ValueError as e:
    e.add_note("more")
    raise
