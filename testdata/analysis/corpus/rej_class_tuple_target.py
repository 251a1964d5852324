class Bounds:
    """Lower and upper limits."""
    low, high = 0, 100

Bounds.low
