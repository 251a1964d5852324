print(frozenset({1, 2}) == {1, 2}, {1, 2} == frozenset({2, 1}))
print(type(frozenset({1}) | {2}).__name__, type({2} | frozenset({1})).__name__)
sorted(frozenset("cba"))
