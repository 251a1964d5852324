try:
    5.0 // 0.0
except ZeroDivisionError as e:
    print(e)
try:
    5.0 % 0
except ZeroDivisionError as e:
    print(e)
divmod(1, 0)
