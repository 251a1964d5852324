def todo():
    pass

def later():
    ...

print(todo(), later(), ...)
Ellipsis
