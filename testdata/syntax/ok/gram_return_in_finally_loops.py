def f():
    for i in range(3):
        try:
            if i:
                continue
            return i
        finally:
            log(i)
    while True:
        try:
            break
        except:
            pass
