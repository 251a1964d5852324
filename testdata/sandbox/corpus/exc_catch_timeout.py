# limits: {"max_duration": "1s"}
# expect: TimeoutError
try:
    while True:
        pass
except TimeoutError:
    print("caught")
print("after")
