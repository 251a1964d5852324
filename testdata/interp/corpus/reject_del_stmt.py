x = [1, 2]
print("never runs")
del x[0]
