async def f():
    return 1

c = f()
type(c).__name__
