# limits: {"max_duration": "15s", "max_memory": "16MiB"}
# expect: MemoryError
x = 3
while True:
    x = x * x
