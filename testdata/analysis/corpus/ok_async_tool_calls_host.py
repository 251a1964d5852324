import asyncio

async def run_tool(name, args):
    # call_tool is provided by the host
    result = call_tool(name, **args)
    return {"tool": name, "result": result}

async def main():
    plan = [("search", {"q": "monty"}), ("summarize", {"max_words": 50})]
    outputs = await asyncio.gather(*(run_tool(n, a) for n, a in plan))
    return [o["tool"] for o in outputs]

asyncio.run(main())
