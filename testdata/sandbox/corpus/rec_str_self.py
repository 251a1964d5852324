# limits: {"max_duration": "2s", "max_recursion": 200}
# expect: RecursionError
class A:
    def __str__(self):
        return str(self)

print(str(A()))
