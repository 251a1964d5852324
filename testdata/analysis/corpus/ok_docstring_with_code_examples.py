def normalize(values):
    """Scale values to 0..1.

    Example (not executed):
        >>> class Scaler: ...
        >>> del values[0]
        >>> f"{1234:,}"
    """
    lo, hi = min(values), max(values)
    return [(v - lo) / (hi - lo) for v in values]

normalize([2, 4, 6])
