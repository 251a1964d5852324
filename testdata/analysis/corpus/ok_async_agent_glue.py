import asyncio

async def enrich(record):
    profile = lookup_profile(record["id"])
    return {**record, "tier": profile.get("tier", "free")}

async def main(records):
    enriched = await asyncio.gather(*[enrich(r) for r in records])
    return [r for r in enriched if r["tier"] != "free"]

asyncio.run(main([{"id": 1}, {"id": 2}]))
