import asyncio

async def ticker(n):
    for i in range(n):
        yield i

async def main():
    return 1

asyncio.run(main())
