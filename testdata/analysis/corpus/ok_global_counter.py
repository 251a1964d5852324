counter = 0

def bump(n=1):
    global counter
    counter += n
    return counter

for _ in range(3):
    bump()
bump(10)
