a = {1, 2, 3}
a |= {4}
a &= {1, 2, 4, 5}
a -= {1}
a ^= {2, 9}
print(sorted(a))
a.update([7, 8])
sorted(a)
