a not in b
a is not b
not a not in b
not a is not b
a not in b not in c
a is not b is not c
a not in (b is not c)
(a not in b) is not c
x = a not in b and c is not d
y = [i for i in xs if i not in ys if i is not None]
if key not in seen and value is not None:
    pass
