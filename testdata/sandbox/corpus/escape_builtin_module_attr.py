# expect: AttributeError
print(len.__module__)
