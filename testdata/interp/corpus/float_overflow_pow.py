try:
    print(10.0 ** 400)
except OverflowError as e:
    print("overflow:", e)
2.0 ** 1000
