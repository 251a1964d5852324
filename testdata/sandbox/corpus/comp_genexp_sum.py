# limits: {"max_duration": "5s", "max_memory": "16MiB"}
# expect: MemoryError
# Generator expressions are eager in Monty: this builds the whole list first.
print(sum(x for x in range(10**9)))
