# limits: {"max_duration": "1s", "max_output": "64KiB"}
# expect: MemoryError
while True:
    try:
        1 / 0
    except ZeroDivisionError as e:
        print("error:", e)
