import itertools
print(list(itertools.compress("abcdef", [1, 0, 1, 0, 1, 1])))
print(list(itertools.filterfalse(lambda v: v % 2, range(6))))
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])))
print(list(itertools.islice(itertools.cycle("ab"), 5)))
list(itertools.chain.from_iterable([[1], [2, 3]]))
