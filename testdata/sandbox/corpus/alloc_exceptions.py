# limits: {"max_duration": "5s", "max_allocations": 10000}
# expect: MemoryError
while True:
    try:
        raise ValueError("x")
    except ValueError:
        pass
