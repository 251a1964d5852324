# limits: {"max_duration": "1s"}
# expect: TimeoutError
import asyncio

async def main():
    while True:
        pass

asyncio.run(main())
