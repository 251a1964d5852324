# expect: AttributeError
print(f"{().__class__}")
