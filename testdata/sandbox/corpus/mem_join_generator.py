# limits: {"max_duration": "5s", "max_memory": "16MiB"}
# expect: MemoryError
s = "".join(str(i) for i in range(10**9))
print(len(s))
