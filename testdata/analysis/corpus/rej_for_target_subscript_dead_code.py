buf = [None]
if False:
    for buf[0] in range(5):
        pass
buf
