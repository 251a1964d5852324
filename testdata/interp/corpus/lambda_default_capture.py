fs = [lambda x, n=n: x ** n for n in range(4)]
[f(2) for f in fs]
