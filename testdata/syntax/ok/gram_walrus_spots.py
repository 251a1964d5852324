if (n := len(items)) > 10:
    print(n)

while (chunk := stream.read(1024)):
    process(chunk)

filtered = [y for x in data if (y := transform(x)) is not None]
print(total := 5)
result = f(x := 1, y=(z := 2))
(w := 10)
value = items[(i := 0)]
pair = (a := 1, b := 2)
s = {(k := 1)}
nested = [[(j := i) for i in range(3)] for _ in range(2)]
assert (check := validate(x)), check
lam = lambda: (q := 1)
if any((hit := word) in line for word in words):
    pass
