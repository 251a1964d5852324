nums = range(-3, 4)
print([n if n >= 0 else -n for n in nums])
print(["even" if n % 2 == 0 else "odd" for n in range(4)])
[n for n in nums if n > 0 if n % 2 == 1]
