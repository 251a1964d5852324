async def copy(src, dst):
    async with src.open() as a, dst.open() as b:
        await b.write(await a.read())

"ok"
