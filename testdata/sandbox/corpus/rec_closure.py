# limits: {"max_duration": "2s", "max_recursion": 200}
# expect: RecursionError
def make():
    def go(n):
        return go(n + 1)
    return go

make()(0)
