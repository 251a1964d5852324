# limits: {"max_duration": "5s", "max_memory": "16MiB"}
# expect: MemoryError
d = {}
i = 0
while True:
    d[i] = str(i)
    i += 1
