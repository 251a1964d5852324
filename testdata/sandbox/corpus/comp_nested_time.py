# limits: {"max_duration": "1s", "max_memory": "16MiB"}
# expect: TimeoutError
# Small lists, many of them: time runs out before memory does.
x = [sum([1 for _ in range(10000)]) for _ in range(10**6)]
