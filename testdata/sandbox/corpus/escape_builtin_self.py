# expect: AttributeError
print(print.__self__)
