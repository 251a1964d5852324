import asyncio

def using(items):
    def deco(fn):
        return fn
    return deco

async def source():
    return []

@using([x async for x in source()])
async def job():
    return 1

asyncio.run(job())
