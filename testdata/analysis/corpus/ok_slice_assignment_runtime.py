buf = [0, 0, 0, 0, 0]
try:
    buf[1:3] = [7, 8]
except TypeError as e:
    buf = buf[:1] + [7, 8] + buf[3:]
buf
