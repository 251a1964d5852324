# Shipping rule: cost by country and weight, converted to the order currency.
import asyncio

BASE = {"DE": 4.9, "FR": 5.5, "US": 12.0}


async def shipping_cost(country, weight_kg, currency):
    rates = await fetch_rates(currency)
    base = BASE.get(country, 15.0) + max(0, weight_kg - 2) * 1.25
    return round(base * rates.get("EUR", 1.0), 2)


weight = sum(i.get("weight_kg", 0.5) * i["qty"] for i in order["items"])
cost = await shipping_cost(order["country"], weight, order["currency"])
cost
