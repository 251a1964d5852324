import asyncio

async def double(x):
    return x * 2

async def main():
    a = await double(2)
    b = await double(a)
    return a + b

asyncio.run(main())
