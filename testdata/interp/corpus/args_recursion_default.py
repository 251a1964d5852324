def fact(n, acc=1):
    return acc if n <= 1 else fact(n - 1, acc * n)

print(fact(20))
fact(50) % 1000007
