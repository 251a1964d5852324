a and b
a or b
a and b and c
a or b or c
a and b or c and d
a or b and c or d
(a or b) and (c or d)
not a and not b
not (a and b)
a and (b and c)
(a and b) and c
x = a or b and not c
