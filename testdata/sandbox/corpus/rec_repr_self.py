# limits: {"max_duration": "2s", "max_recursion": 200}
# expect: RecursionError
class A:
    def __repr__(self):
        return "A(" + repr(self) + ")"

print(repr(A()))
