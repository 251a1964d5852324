# Commas, underscores and hashes appear in the f-string text, not in a spec.
a, b = 3, 4
s1 = f"{a},{b}"
s2 = f"{a}_{b}#{a + b}"
s3 = f"{','.join(str(i) for i in range(3))}"
s4 = f"{a!r:>4},{b!s}"
s5 = f"{ {'k': 1}['k'] },"
(s1, s2, s3, s4, s5)
