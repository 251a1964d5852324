async def f():
    return 42

await f()
