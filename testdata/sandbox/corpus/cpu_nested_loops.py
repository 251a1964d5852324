# limits: {"max_duration": "1s"}
# expect: TimeoutError
total = 0
for i in range(10**9):
    for j in range(10**9):
        total += i ^ j
