# limits: {"max_duration": "2s", "max_recursion": 200}
# expect: RecursionError
class A:
    def __hash__(self):
        return hash(self)

print(hash(A()))
