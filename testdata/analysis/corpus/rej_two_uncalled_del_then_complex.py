def unused(d):
    del d["k"]

signal = 1j
