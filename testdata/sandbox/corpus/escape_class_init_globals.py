# expect: AttributeError
class A:
    def __init__(self):
        self.x = 1

a = A()
print(a.__init__.__globals__)
