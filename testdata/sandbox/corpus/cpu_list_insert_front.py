# limits: {"max_duration": "1s", "max_memory": "256MiB"}
# expect: TimeoutError
l = []
for i in range(10**7):
    l.insert(0, i)
