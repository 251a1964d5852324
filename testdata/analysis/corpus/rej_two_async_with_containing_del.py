async def session(pool, cache):
    async with pool.acquire() as conn:
        del cache[conn]
