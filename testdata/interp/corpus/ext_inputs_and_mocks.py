# inputs: {"user_ids": [1, 2, 3]}
# mock lookup: {"cases": [{"args": [1], "kwargs": {}, "return": "ann"}, {"args": [3], "kwargs": {}, "return": "cy"}], "default": null}
found = {}
for uid in user_ids:
    name = lookup(uid)
    if name is not None:
        found[uid] = name
found
