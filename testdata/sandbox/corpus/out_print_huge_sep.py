# limits: {"max_duration": "5s", "max_output": "64KiB"}
# expect: MemoryError
print(1, 2, sep="-" * 10**7)
