# limits: {"max_duration": "5s", "max_memory": "16MiB"}
# expect: MemoryError
print(len(list(enumerate(range(10**9)))))
