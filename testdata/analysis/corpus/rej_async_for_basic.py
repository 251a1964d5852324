import asyncio

async def drain(stream):
    out = []
    async for chunk in stream:
        out.append(chunk)
    return out

async def main():
    return []

asyncio.run(main())
