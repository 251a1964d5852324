import asyncio

async def step(name, value):
    return f"{name}={value}"

async def pipeline(items):
    out = []
    for i, item in enumerate(items):
        out.append(await step(item, i))
    return out

asyncio.run(pipeline(["load", "clean", "save"]))
