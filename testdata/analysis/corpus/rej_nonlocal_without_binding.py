def outer():
    def inner():
        nonlocal total
        total = 1
    return inner

outer()
