# limits: {"max_duration": "10s", "max_memory": "64MiB"}
# expect: RecursionError
x = []
y = []
for i in range(100000):
    x = [x]
    y = [y]
print(x == y)
