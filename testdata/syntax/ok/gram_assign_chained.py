a = b = c = 0
x = y = [1, 2]
first, second = third = (1, 2)
obj.attr = items[0] = total = compute()
p, q = r, s = 3, 4
m = [n] = [5]
d["k"] = d["j"] = d.copy()
