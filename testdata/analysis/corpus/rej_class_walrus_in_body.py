class Limits:
    maximum = (cap := 10) * 2

Limits.maximum
