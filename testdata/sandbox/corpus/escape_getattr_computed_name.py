# expect: AttributeError
name = "_" * 2 + "cla" + "ss" + "_" * 2
print(getattr((), name))
