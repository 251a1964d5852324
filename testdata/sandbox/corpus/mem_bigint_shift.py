# limits: {"max_duration": "5s", "max_memory": "16MiB"}
# expect: MemoryError
x = 1 << 10**10
