async def collect(stream):
    return [item async for item in stream]

"ok"
