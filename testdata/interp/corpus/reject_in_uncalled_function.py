def never_called():
    del something

print("parsed")
