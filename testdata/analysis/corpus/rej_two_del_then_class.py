scratch = 1
del scratch

class Later:
    pass
