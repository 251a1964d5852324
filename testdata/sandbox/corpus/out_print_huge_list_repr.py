# limits: {"max_duration": "5s", "max_output": "64KiB"}
# expect: MemoryError
print(list(range(10**6)))
