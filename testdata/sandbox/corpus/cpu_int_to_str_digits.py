# limits: {"max_duration": "1s"}
# expect: ValueError
print(str(10**100000))
