def gcd(a, b):
    while b:
        a, b = b, a % b
    return a

def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0] = is_p[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            for j in range(i * i, n + 1, i):
                is_p[j] = False
    return [i for i, p in enumerate(is_p) if p]

print(gcd(1071, 462), gcd(0, 5))
sieve(50)
