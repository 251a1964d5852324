# limits: {"max_duration": "5s", "max_output": "64KiB"}
# expect: MemoryError
print(*range(10**6))
