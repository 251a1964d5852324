# limits: {"max_duration": "5s", "max_memory": "16MiB"}
# expect: MemoryError
x = [i for i in range(10**9)]
print(len(x))
