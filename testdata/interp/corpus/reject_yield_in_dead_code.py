def unused():
    if False:
        yield 1

print("ok")
