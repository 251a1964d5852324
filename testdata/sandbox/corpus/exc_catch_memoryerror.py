# limits: {"max_duration": "5s", "max_memory": "16MiB"}
# expect: MemoryError
# A resource limit is final: the handler must not run.
try:
    x = "x" * 10**10
except MemoryError:
    print("caught")
print("after")
