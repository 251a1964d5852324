# expect: AttributeError
obj = ""
for name in ["__class__", "__base__", "__subclasses__"]:
    obj = getattr(obj, name)
print(obj)
