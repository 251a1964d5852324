import asyncio

def make_task(multiplier):
    async def task(x):
        return x * multiplier
    return task

async def main():
    doubler = make_task(2)
    tripler = make_task(3)
    return await asyncio.gather(doubler(5), tripler(5))

asyncio.run(main())
