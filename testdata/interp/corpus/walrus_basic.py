if (n := len("hello")) > 3:
    print("long", n)
xs = [1, 2, 3]
while (item := xs.pop()) != 1:
    print("popped", item)
print(n, item)
(total := 10) + 1, total
