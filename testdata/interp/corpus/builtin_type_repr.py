print(type(1), type("s"), type(None), type([]))
repr(type(len))
