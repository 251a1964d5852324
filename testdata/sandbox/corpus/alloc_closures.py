# limits: {"max_duration": "5s", "max_allocations": 10000}
# expect: MemoryError
fs = []
for i in range(10**6):
    fs.append(lambda: i)
