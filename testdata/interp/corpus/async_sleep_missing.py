import asyncio

async def main():
    await asyncio.sleep(0)
    return 1

asyncio.run(main())
