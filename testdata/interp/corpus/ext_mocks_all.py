# inputs: {"x": 3, "names": ["a", "b"]}
# mock fetch: {"return": {"id": 1}}
# mock next_id: {"sequence": [10, 20]}
# mock lookup: {"cases": [{"args": [1], "kwargs": {}, "return": "one"}], "default": "other"}
# mock boom: {"raise": {"type": "ValueError", "message": "no"}}
print(x, names)
print(fetch("k"))
print(next_id(), next_id(), next_id())
print(lookup(1), lookup(2))
try:
    boom()
except ValueError as e:
    print("caught", e)
boom(1)
