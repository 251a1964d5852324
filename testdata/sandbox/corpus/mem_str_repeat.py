# limits: {"max_duration": "5s", "max_memory": "16MiB"}
# expect: MemoryError
x = "x" * 10**10
print(len(x))
