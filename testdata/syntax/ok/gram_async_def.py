async def simple():
    pass


async def with_await(x):
    return await x


async def with_args(a, /, b=1, *args, c, d=2, **kw) -> int:
    result = await compute(a, b, *args, c=c, d=d, **kw)
    return result


@decorator
async def decorated():
    await asyncio.sleep(0)
