import asyncio

async def fail():
    raise ValueError("async boom")

async def main():
    try:
        await fail()
    except ValueError as e:
        print("caught", e)
    await fail()

asyncio.run(main())
