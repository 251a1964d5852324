def f():
    x = 1
    return x
    # indented trailing comment, no newline
        # deeper comment, still no newline