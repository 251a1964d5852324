async def build(pairs):
    return {k: v async for k, v in pairs}

"ok"
