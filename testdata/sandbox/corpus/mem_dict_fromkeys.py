# limits: {"max_duration": "5s", "max_memory": "16MiB"}
# expect: MemoryError
print(len(dict.fromkeys(range(10**9))))
