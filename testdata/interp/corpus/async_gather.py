import asyncio

async def square(x):
    return x * x

async def main():
    results = await asyncio.gather(square(1), square(2), square(3))
    return results

print(asyncio.run(main()))
"done"
