def deco(c):
    return c


def make():
    @deco
    class Inner:
        a = 1

        b = [][a]
    return Inner


make()
