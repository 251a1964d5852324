import asyncio

async def score(name, weight):
    base = len(name) * 10
    return name, base * weight

async def main():
    results = await asyncio.gather(
        score("alpha", 1.0),
        score("beta", 0.5),
        score("gamma", 2.0),
    )
    best = max(results, key=lambda r: r[1])
    return {"results": results, "best": best[0]}

asyncio.run(main())
