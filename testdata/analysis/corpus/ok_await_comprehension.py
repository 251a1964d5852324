import asyncio

async def fetch(i):
    return {"id": i, "ok": i % 2 == 0}

async def main():
    rows = [await fetch(i) for i in range(5)]
    return [r["id"] for r in rows if r["ok"]]

asyncio.run(main())
