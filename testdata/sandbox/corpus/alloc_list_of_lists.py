# limits: {"max_duration": "10s", "max_allocations": 10000}
# expect: MemoryError
x = [[i] for i in range(10**6)]
