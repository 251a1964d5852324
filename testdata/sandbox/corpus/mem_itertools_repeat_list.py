# limits: {"max_duration": "5s", "max_memory": "16MiB"}
# expect: MemoryError
import itertools
print(len(list(itertools.repeat("ab", 10**9))))
