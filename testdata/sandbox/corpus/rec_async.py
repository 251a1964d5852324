# limits: {"max_duration": "2s", "max_recursion": 200}
# expect: RecursionError
import asyncio

async def f(n):
    return await f(n + 1)

asyncio.run(f(0))
