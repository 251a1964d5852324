# limits: {"max_duration": "5s", "max_memory": "16MiB"}
# expect: ok
# 4 MB strings replaced one by one: never more than two alive.
for i in range(50):
    s = "x" * 4000000
print(len(s))
