# limits: {"max_duration": "5s", "max_memory": "16MiB"}
# expect: ok
# Garbage cycles are released: memory held stays small, so this completes.
for i in range(50000):
    a = [i]
    a.append(a)
print("done")
