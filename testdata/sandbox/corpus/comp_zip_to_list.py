# limits: {"max_duration": "5s", "max_memory": "16MiB"}
# expect: MemoryError
print(len(list(zip(range(10**9), range(10**9)))))
