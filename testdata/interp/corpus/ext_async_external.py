# mock fetch_score: {"cases": [{"args": [1], "kwargs": {}, "return": 10}, {"args": [2], "kwargs": {}, "return": 20}], "default": -1}
import asyncio

async def main():
    a = fetch_score(1)
    b = fetch_score(2)
    return a + b

asyncio.run(main())
