try:
    print(10.0 ** 400)
except OverflowError as e:
    print("overflow:", e)
try:
    print(2.0 ** 10000)
except OverflowError as e:
    print("overflow:", e)
1e308 * 10
