import os; import sys
x = 1; y = 2; z = 3
a = 1;
if x: y = 1; z = 2;
print(x); print(y)
del x; pass; global q
def f(): a = 1; return a
