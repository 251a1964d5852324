async def f(xs):
    return [x async for x in xs]
