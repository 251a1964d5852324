def outer():
    count = 0
    def mid():
        nonlocal count
        def inner():
            nonlocal count
            count += 10
        inner()
        count += 1
    mid()
    mid()
    return count

outer()
