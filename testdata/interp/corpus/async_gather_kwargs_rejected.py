import asyncio

async def f():
    return 1

async def main():
    return await asyncio.gather(f(), return_exceptions=True)

asyncio.run(main())
