# limits: {"max_duration": "5s", "max_allocations": 100000}
# expect: ok
x = [[i] for i in range(100)]
len(x)
