x = 1
y = 2
def f():
    return x + y
f()
# the file ends in a comment with no newline