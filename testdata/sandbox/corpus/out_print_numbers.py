# limits: {"max_duration": "5s", "max_output": "64KiB"}
# expect: MemoryError
for i in range(100000):
    print(i)
