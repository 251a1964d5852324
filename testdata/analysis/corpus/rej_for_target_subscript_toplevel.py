slots = [0, 0]
for slots[0] in range(3):
    slots[1] += slots[0]
slots
