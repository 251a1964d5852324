async def maybe(stream):
    if False:
        async for _ in stream:
            pass
    return 1

"ok"
