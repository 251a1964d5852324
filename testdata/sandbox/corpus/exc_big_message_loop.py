# limits: {"max_duration": "1s", "max_memory": "16MiB"}
# expect: TimeoutError
msg = "x" * 1000000
while True:
    try:
        raise ValueError(msg)
    except ValueError as e:
        text = str(e)
