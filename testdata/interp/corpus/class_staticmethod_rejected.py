class A:
    @staticmethod
    def f():
        return 1

A.f()
