# limits: {"max_duration": "5s", "max_memory": "16MiB"}
# expect: MemoryError
grid = [[0] * 10000 for _ in range(100000)]
print(len(grid))
