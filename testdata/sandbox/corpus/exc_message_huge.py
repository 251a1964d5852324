# limits: {"max_duration": "5s", "max_memory": "16MiB"}
# expect: MemoryError
raise ValueError("x" * 10**9)
