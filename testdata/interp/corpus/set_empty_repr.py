print(set(), {1}, frozenset(), frozenset({1}))
print(type({}).__name__, type(set()).__name__)
len(set("mississippi"))
