# limits: {"max_duration": "2s", "max_recursion": 200}
# expect: RecursionError
a = {}
a["k"] = a
b = {}
b["k"] = b
print(a == b)
