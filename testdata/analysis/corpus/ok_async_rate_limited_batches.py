import asyncio

async def process(item):
    return item.upper()

async def run_batches(items, size):
    out = []
    for start in range(0, len(items), size):
        batch = items[start:start + size]
        out.extend(await asyncio.gather(*[process(i) for i in batch]))
    return out

asyncio.run(run_batches(["a", "b", "c", "d", "e"], 2))
