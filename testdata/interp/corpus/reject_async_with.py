async def f(cm):
    async with cm:
        pass
