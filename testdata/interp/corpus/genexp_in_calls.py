print(sum(x for x in range(10) if x % 3 == 0))
print(",".join(str(i) for i in range(3)))
print(sorted((c for c in "cab"), reverse=True))
all(x > 0 for x in [1, 2, 3]), any(x > 2 for x in [1, 2])
