def find_factor(n):
    d = 2
    while d * d <= n:
        if n % d == 0:
            break
        d += 1
    else:
        return None
    return d

[find_factor(n) for n in (15, 17, 49, 2)]
