# limits: {"max_duration": "5s", "max_memory": "16MiB"}
# expect: MemoryError
try:
    l = [0] * 10**9
except BaseException:
    print("caught")
print("after")
