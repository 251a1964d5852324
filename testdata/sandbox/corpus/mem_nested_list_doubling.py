# limits: {"max_duration": "5s", "max_memory": "16MiB"}
# expect: MemoryError
# Each level holds two fresh copies of the previous one.
x = [0]
while True:
    x = [list(x), list(x)] + x
