# The container is an awaited call, in parentheses.
import asyncio

cache = {"a": 1, "b": 2}


async def get_cache():
    return cache


async def main():
    del (await get_cache())["a"]
    return sorted(cache)


print(asyncio.run(main()))
