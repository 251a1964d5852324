import asyncio

async def value():
    return 41

def not_async():
    # CPython's compiler rejects this; ast.parse accepts it.
    return await value()

async def main():
    return await value() + 1

asyncio.run(main())
