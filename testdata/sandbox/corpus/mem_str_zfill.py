# limits: {"max_duration": "5s", "max_memory": "16MiB"}
# expect: MemoryError
print(len("1".zfill(10**10)))
