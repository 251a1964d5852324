async def consume(source):
    async for item in source:
        handle(item)

    async for a, b in pairs():
        pass
    else:
        done()

    async for x in aiter(stream):
        if x:
            break
        continue
