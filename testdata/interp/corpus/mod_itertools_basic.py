import itertools
print(list(itertools.chain([1, 2], "ab", (3,))))
print(list(itertools.islice(itertools.count(10, 5), 4)))
print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.accumulate([3, 1, 4], max)))
print(list(itertools.pairwise("abcd")), list(itertools.repeat("x", 3)))
print(list(itertools.zip_longest([1, 2, 3], "ab", fillvalue="-")))
list(itertools.takewhile(lambda v: v < 3, [1, 2, 5, 1])), list(itertools.dropwhile(lambda v: v < 3, [1, 2, 5, 1]))
