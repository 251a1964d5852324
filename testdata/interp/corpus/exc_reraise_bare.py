def f():
    try:
        1 / 0
    except ZeroDivisionError:
        print("logging")
        raise

try:
    f()
except ZeroDivisionError as e:
    print("outer got", e)
f()
