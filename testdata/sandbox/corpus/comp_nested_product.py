# limits: {"max_duration": "5s", "max_memory": "16MiB"}
# expect: MemoryError
x = [(i, j) for i in range(100000) for j in range(100000)]
print(len(x))
