total = 1 + \
    2 + \
        3
if a and \
   b:
    pass
x = value if condition \
    else other
y = [1, 2] \
    + [3]
assert x, \
    "message"
with open("a") as f, \
     open("b") as g:
    pass
def \
    spaced(a,
           b):
    return \
        a
result = first \
    .method() \
    .other()
z = 1; \
w = 2
if x:
    pass
elif \
   y:
    pass
else \
    :
    pass
