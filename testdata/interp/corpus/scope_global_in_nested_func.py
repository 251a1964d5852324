total = 0
def outer():
    def inner(v):
        global total
        total += v
    for i in range(4):
        inner(i)

outer()
total
