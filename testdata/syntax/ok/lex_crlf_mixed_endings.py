# Mixed endings: mostly CRLF, some LF, one lone CR is not used.
a = 1
b = 2
def f():
    return a + b

c = f()
