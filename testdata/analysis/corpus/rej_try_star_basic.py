try:
    raise ValueError("bad")
except* ValueError as group:
    handled = True
except* TypeError:
    handled = False
