# limits: {"max_duration": "5s", "max_memory": "16MiB"}
# expect: MemoryError
print(len(list(map(str, range(10**9)))))
