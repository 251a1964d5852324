import asyncio

async def fetch(resource, *, retries=1, timeout=5.0):
    return {"resource": resource, "retries": retries, "timeout": timeout}

async def main():
    a, b = await asyncio.gather(fetch("users", retries=3), fetch("orders", timeout=1.5))
    return [a["retries"], b["timeout"]]

asyncio.run(main())
