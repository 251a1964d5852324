import asyncio

BATCH = 10


async def enrich(user):
    company, geo = await asyncio.gather(
        lookup_company(user["email"].split("@")[1]),
        geolocate_ip(user["last_ip"]),
    )
    return {**user, "company": company, "country": geo.get("country")}


async def enrich_all(users):
    out = []
    for start in range(0, len(users), BATCH):
        chunk = users[start:start + BATCH]
        out.extend(await asyncio.gather(*[enrich(u) for u in chunk], return_exceptions=True))
    return out


enriched = await enrich_all(await list_new_users())
failures = sum(isinstance(e, Exception) for e in enriched)
{"enriched": len(enriched) - failures, "failed": failures}
