# limits: {"max_duration": "1s", "max_memory": "256MiB"}
# expect: TimeoutError
# note: one operation: a limit checked between statements cannot stop it
# One big multiplication chain inside a single operation.
x = 7 ** (10**8)
print(x % 10)
