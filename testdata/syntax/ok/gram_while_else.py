while x:
    x -= 1

while True:
    if done():
        break

while n > 0:
    n //= 2
    if n == 3:
        continue
else:
    finished = True

while (line := read()) != "":
    handle(line)
else:
    pass
