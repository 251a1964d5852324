# limits: {"max_duration": "5s", "max_memory": "16MiB"}
# expect: MemoryError
l = [1, 2, 3]
while True:
    l.extend(l)
