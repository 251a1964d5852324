x = "global"
class A:
    x = "class"
    def get(self):
        return x

A().get(), A.x
