class Greeter:
    def __init__(self, name):
        self.name = name
    def greet(self, other):
        return self.name + " greets " + other

g = Greeter("Ann")
f = g.greet
print(f("Bo"))
list(map(g.greet, ["Cy", "Di"]))
