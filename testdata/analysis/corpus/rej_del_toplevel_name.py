temp = [1, 2, 3]
total = sum(temp)
del temp
total
