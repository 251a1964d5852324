# limits: {"max_duration": "5s", "max_memory": "16MiB"}
# expect: MemoryError
print(len(f"{1:>{10**10}}"))
