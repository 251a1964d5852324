async def first_match(stream, pred):
    async for item in stream:
        if pred(item):
            return item
    else:
        return None

"ok"
