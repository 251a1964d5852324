# expect: NameError
class A:
    def m(self):
        return super()

A().m()
