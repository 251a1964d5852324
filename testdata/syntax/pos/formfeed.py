# form feed at the start of a line resets indentation.
x = 1
def f():
        return "é"

y = (x,"😀")
class C:
    z = 2
