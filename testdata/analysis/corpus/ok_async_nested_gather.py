import asyncio

async def leaf(x):
    return x * x

async def branch(xs):
    parts = await asyncio.gather(*[leaf(x) for x in xs])
    return sum(parts)

async def root():
    a, b = await asyncio.gather(branch([1, 2]), branch([3, 4, 5]))
    return {"a": a, "b": b, "total": a + b}

asyncio.run(root())
