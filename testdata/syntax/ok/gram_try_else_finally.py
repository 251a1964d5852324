try:
    value = compute()
except ArithmeticError:
    value = 0
else:
    value += 1
finally:
    cleanup()

try:
    a()
except A:
    b()
else:
    c()

try:
    a()
except A:
    b()
finally:
    d()
