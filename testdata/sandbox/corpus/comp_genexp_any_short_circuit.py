# limits: {"max_duration": "5s", "max_memory": "16MiB"}
# expect: MemoryError
print(any(x > 5 for x in range(10**9)))
