async def g():
    return 1

def f():
    return await g()

f()
