# limits: {"max_duration": "5s", "max_memory": "64MiB"}
# expect: RecursionError
x = [1]
y = [2]
for i in range(100000):
    x = [x]
    y = [y]
print(x < y)
