# del inside try / except / else / finally blocks.
d = {"a": 1, "b": 2, "c": 3, "d": 4}
try:
    del d["a"]
except KeyError:
    print("unexpected")
else:
    del d["b"]
    print("else", d)
finally:
    del d["c"]
    print("finally", d)

log = [1, 2, 3]
try:
    raise ValueError("boom")
except ValueError as exc:
    del log[0]
    print("handled", exc, log)
