# limits: {"max_duration": "5s", "max_memory": "16MiB"}
# expect: MemoryError
x = 10**10**8
print(x > 0)
