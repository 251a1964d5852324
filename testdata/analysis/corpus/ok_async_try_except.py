import asyncio

async def risky(n):
    if n == 2:
        raise ValueError(f"bad input {n}")
    return n

async def main():
    results = []
    for n in range(4):
        try:
            results.append(await risky(n))
        except ValueError as e:
            results.append(str(e))
    return results

asyncio.run(main())
