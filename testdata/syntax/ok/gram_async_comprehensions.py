async def f(source, others):
    a = [x async for x in source]
    b = {x async for x in source if x}
    c = {k: v async for k, v in source}
    d = (x async for x in source)
    e = [await g(x) for x in others]
    h = [y async for x in source for y in x async for z in others]
    i = [x for x in others async for y in source]
    return [await x async for x in source if await x]
