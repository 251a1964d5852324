# limits: {"max_duration": "5s", "max_allocations": 10000}
# expect: MemoryError
i = 0
while True:
    s = str(i) + "x"
    i += 1
