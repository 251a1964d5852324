# Integer arithmetic in nested while/for loops: count primes by trial division.
def count_primes(limit):
    count = 0
    n = 2
    while n < limit:
        d = 2
        prime = True
        while d * d <= n:
            if n % d == 0:
                prime = False
                break
            d += 1
        if prime:
            count += 1
        n += 1
    return count

total = 0
for i in range(300000):
    total += (i * 7) % 13
print(count_primes(90000), total)
