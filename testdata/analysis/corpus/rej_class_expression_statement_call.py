class Noisy:
    print("building class")
    value = 1
