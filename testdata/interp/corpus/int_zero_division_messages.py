msgs = []
for a, b in [(1, 0), (1.0, 0), (1, 0.0)]:
    try:
        a / b
    except ZeroDivisionError as e:
        msgs.append(str(e))
    try:
        a // b
    except ZeroDivisionError as e:
        msgs.append(str(e))
    try:
        a % b
    except ZeroDivisionError as e:
        msgs.append(str(e))
msgs
