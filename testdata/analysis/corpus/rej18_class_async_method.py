import asyncio

class Fetcher:
    def __init__(self, prefix):
        self.prefix = prefix

    async def get(self, key):
        return f"{self.prefix}:{key}"

async def main():
    f = Fetcher("cache")
    return await asyncio.gather(f.get("a"), f.get("b"))

asyncio.run(main())
