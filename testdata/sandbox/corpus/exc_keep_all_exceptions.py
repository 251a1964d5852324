# limits: {"max_duration": "5s", "max_memory": "16MiB"}
# expect: MemoryError
errors = []
while True:
    try:
        1 / 0
    except ZeroDivisionError as e:
        errors.append(e)
