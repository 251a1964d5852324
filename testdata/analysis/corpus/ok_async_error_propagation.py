import asyncio

async def ok(n):
    return n

async def fail(n):
    raise RuntimeError(f"task {n} failed")

async def main():
    try:
        await asyncio.gather(ok(1), fail(2), ok(3))
    except RuntimeError as e:
        return f"caught: {e}"
    return "no error"

asyncio.run(main())
