def find_first_multiple(values, k):
    i = 0
    while i < len(values):
        if values[i] % k == 0:
            break
        i += 1
    else:
        return None
    return values[i]

[find_first_multiple([3, 5, 10, 12], 4), find_first_multiple([1, 3], 2)]
