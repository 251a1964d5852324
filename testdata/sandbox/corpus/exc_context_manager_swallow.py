# limits: {"max_duration": "1s"}
# expect: TimeoutError
class Swallow:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return True

while True:
    with Swallow():
        raise ValueError("ignored")
