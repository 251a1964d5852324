# limits: {"max_duration": "5s", "max_memory": "16MiB"}
# expect: MemoryError
x = (0, 1) * 10**9
print(len(x))
