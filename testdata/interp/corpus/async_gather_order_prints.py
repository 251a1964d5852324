import asyncio

async def job(name, n):
    print("start", name)
    total = 0
    for i in range(n):
        total += i
    print("end", name)
    return name, total

async def main():
    return await asyncio.gather(job("a", 3), job("b", 5))

asyncio.run(main())
