async def total(stream):
    return sum(x async for x in stream)

"ok"
