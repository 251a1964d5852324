# CPython's compiler rejects this outside async def; ast.parse accepts it.
def broken(stream):
    return [x for y in [1] async for x in stream]

"ok"
