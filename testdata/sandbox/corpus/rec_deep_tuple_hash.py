# limits: {"max_duration": "5s", "max_memory": "64MiB"}
# expect: RecursionError
t = ()
for i in range(100000):
    t = (t,)
print(hash(t))
