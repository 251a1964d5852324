# limits: {"max_duration": "5s", "max_memory": "16MiB"}
# expect: MemoryError
e = None
chain = []
while True:
    try:
        raise ValueError("link") from e
    except ValueError as err:
        e = err
        chain.append(err)
