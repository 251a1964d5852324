# limits: {"max_duration": "2s", "max_recursion": 200}
# expect: ok
l = [1]
l.append(l)
print(repr(l))
