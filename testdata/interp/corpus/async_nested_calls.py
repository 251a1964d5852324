import asyncio

async def leaf(i):
    return i + 1

async def mid(i):
    a = await leaf(i)
    b = await leaf(a)
    return [a, b]

async def main():
    parts = await asyncio.gather(*[mid(i) for i in range(3)])
    return sum(sum(p) for p in parts)

asyncio.run(main())
