def fizzbuzz(n, rules=((3, "Fizz"), (5, "Buzz"))):
    out = []
    for i in range(1, n + 1):
        word = "".join(w for d, w in rules if i % d == 0)
        out.append(word or str(i))
    return out

" ".join(fizzbuzz(15))
