# limits: {"max_duration": "5s", "max_allocations": 10000}
# expect: MemoryError
while True:
    d = {"a": [1]}
