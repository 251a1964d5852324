import asyncio

async def worker(i):
    return i

async def main():
    try:
        return await asyncio.gather(worker(1), worker(2))
    except* ValueError:
        return []

asyncio.run(main())
