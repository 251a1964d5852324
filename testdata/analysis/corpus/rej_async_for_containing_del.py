async def consume(stream, seen):
    async for key in stream:
        del seen[key]
    return seen

"ok"
