import asyncio


async def fetch_all(urls):
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(http_get(u)) for u in urls]
    return [t.result() for t in tasks]


results = None
errors = []
try:
    results = await fetch_all(endpoints)
except* TimeoutError as eg:
    errors.extend(f"timeout: {e}" for e in eg.exceptions)
except* (ConnectionError, OSError) as eg:
    errors.extend(f"network: {e}" for e in eg.exceptions)
except* ValueError:
    errors.append("bad payload")

{"results": results, "errors": errors}
