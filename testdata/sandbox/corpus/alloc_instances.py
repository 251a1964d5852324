# limits: {"max_duration": "10s", "max_allocations": 10000}
# expect: MemoryError
class P:
    def __init__(self, x):
        self.x = x

ps = [P(i) for i in range(10**5)]
