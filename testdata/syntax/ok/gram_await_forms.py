async def f():
    await x
    await x.y()
    a = await b
    c = await d[0]
    e = [await g for g in gs]
    h = await (await i)
    j = (await k).attr
    l = await m ** 2
    n = -await o
    p = await q + await r
    s = f(await t, key=await u)
    return await v
