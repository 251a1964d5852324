# expect: NameError
print(input("name? "))
