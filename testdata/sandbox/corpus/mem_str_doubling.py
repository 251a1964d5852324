# limits: {"max_duration": "5s", "max_memory": "16MiB"}
# expect: MemoryError
s = "ab"
while True:
    s += s
