# limits: {"max_duration": "1s", "max_output": "64KiB"}
# expect: MemoryError
while True:
    print("x", end="")
