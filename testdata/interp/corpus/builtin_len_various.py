print(len("héllo"), len(b"ab"), len([1]), len((1, 2)), len({1: 2}), len({3}), len(range(5)), len(frozenset()))
len("")
