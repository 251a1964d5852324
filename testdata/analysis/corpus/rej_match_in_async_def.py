import asyncio

async def handle(msg):
    match msg:
        case ("ping", n):
            return ("pong", n)
        case _:
            return None

asyncio.run(handle(("ping", 1)))
