# limits: {"max_duration": "5s", "max_output": "64KiB"}
# expect: MemoryError
print("x" * 10**7)
