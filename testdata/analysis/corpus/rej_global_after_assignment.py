total = 0
def add(n):
    total = n
    global total
    return total

add(1)
