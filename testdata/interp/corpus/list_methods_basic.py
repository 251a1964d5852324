xs = [3, 1, 2]
xs.append(5)
xs.extend([9, 0])
xs.insert(0, 7)
xs.insert(-1, 8)
xs.insert(100, 6)
print(xs)
print(xs.pop(), xs.pop(0), xs.pop(-2), xs)
xs.remove(2)
print(xs, xs.index(9), xs.count(1))
xs
