# limits: {"max_duration": "5s", "max_memory": "16MiB"}
# expect: MemoryError
l = [0]
while True:
    l = l + l
