import asyncio

SUPPLIERS = ["acme", "globex", "initech", "umbrella"]


async def quote(supplier, sku):
    try:
        data = await get_quote(supplier=supplier, sku=sku)
    except Exception as exc:
        return {"supplier": supplier, "error": str(exc)}
    return {"supplier": supplier, "price": data["price"], "days": data["lead_time_days"]}


async def best_quote(sku):
    quotes = await asyncio.gather(*(quote(s, sku) for s in SUPPLIERS))
    valid = [q for q in quotes if "price" in q]
    if not valid:
        return None
    return min(valid, key=lambda q: (q["price"], q["days"]))


winner = await best_quote(sku)
winner
