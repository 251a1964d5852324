# Importing a module Monty lacks fails when the import runs.
def maybe_random():
    try:
        import random
        return random.random()
    except ImportError:
        return 0.5

maybe_random()
