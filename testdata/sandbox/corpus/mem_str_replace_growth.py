# limits: {"max_duration": "5s", "max_memory": "16MiB"}
# expect: MemoryError
s = "x" * 1000
while True:
    s = s.replace("x", "xx")
