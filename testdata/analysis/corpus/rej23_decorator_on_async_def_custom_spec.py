import asyncio

def label(text):
    def deco(fn):
        return fn
    return deco

@label(f"{3:xx}")
async def main():
    return "done"

asyncio.run(main())
