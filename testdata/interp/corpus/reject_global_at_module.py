global x
x = 1
x
