# limits: {"max_duration": "10s", "max_memory": "16MiB"}
# expect: MemoryError
s = "".join([str(i) for i in range(10**8)])
print(len(s))
