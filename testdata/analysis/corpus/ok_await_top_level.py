import asyncio

async def double(x):
    return x * 2

a = await double(2)
b, c = await asyncio.gather(double(3), double(4))
a + b + c
