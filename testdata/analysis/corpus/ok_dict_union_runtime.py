base = {"a": 1}
extra = {"b": 2}
try:
    merged = base | extra
except TypeError:
    merged = {**base, **extra}
merged
