for i in range(100):
    if i % 2:
        continue
    if i > 50:
        break
    while True:
        if i:
            break
        continue
    for j in range(i):
        if j == i - 1: break
        else: continue
