# limits: {"max_duration": "2s", "max_recursion": 200}
# expect: RecursionError
class Walker:
    def step(self, n):
        return self.step(n + 1)

Walker().step(0)
