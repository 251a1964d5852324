# limits: {"max_duration": "1s", "max_memory": "256MiB"}
# expect: TimeoutError
# Every key hashes alike (multiples of 2**61 - 1), so each insert probes all the others.
d = {}
for i in range(10**6):
    d[i * (2**61 - 1)] = i
print(len(d))
