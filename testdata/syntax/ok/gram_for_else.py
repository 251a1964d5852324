for i in range(10):
    if i == 5:
        break
else:
    never()

for item in []:
    pass
else:
    empty = True

for x in data:
    for y in x:
        continue
    else:
        inner_done()
else:
    outer_done()
