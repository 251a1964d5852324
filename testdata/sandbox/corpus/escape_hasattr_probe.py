# expect: ok
names = ["__class__", "__dict__", "__globals__", "__code__", "__subclasses__", "__builtins__"]
def f():
    pass
print([hasattr(f, n) for n in names])
print([hasattr((), n) for n in names])
