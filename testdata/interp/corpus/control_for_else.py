def find(xs, target):
    for i, x in enumerate(xs):
        if x == target:
            break
    else:
        return -1
    return i

print(find([5, 6, 7], 6), find([5], 9))
n = 0
while n < 3:
    n += 1
else:
    print("while else", n)
find([], 1)
