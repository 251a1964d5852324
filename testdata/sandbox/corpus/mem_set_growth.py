# limits: {"max_duration": "10s", "max_memory": "16MiB"}
# expect: MemoryError
s = set()
i = 0
while True:
    s.add(i * 7919)
    i += 1
