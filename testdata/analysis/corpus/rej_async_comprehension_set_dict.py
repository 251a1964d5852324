async def index(stream):
    keys = {k async for k in stream}
    return {k: len(k) for k in keys}

"ok"
