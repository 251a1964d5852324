class Falsy:
    def __bool__(self):
        return False

"truthy" if Falsy() else "falsy"
