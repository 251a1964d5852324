# limits: {"max_duration": "1s", "max_output": "64KiB"}
# expect: MemoryError
while True:
    print("\u00e9\u4e2d\U0001f600" * 10)
