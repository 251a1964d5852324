import asyncio


async def validate(order):
    stock = await check_stock([l["sku"] for l in order["lines"]])
    missing = [l["sku"] for l in order["lines"] if stock.get(l["sku"], 0) < l["qty"]]
    if missing:
        raise ValueError(f"out of stock: {', '.join(missing)}")
    return order


async def charge(order):
    return await payments.charge(order["customer_id"], amount=order["total"], idempotency_key=order["id"])


async def fulfil(order):
    order = await validate(order)
    receipt = await charge(order)
    label, _ = await asyncio.gather(create_shipping_label(order), send_confirmation(order["email"], receipt))
    return {"order": order["id"], "tracking": label["tracking_number"]}


results = await asyncio.gather(*(fulfil(o) for o in new_orders), return_exceptions=True)
ok = [r for r in results if not isinstance(r, BaseException)]
failed = [(o["id"], str(r)) for o, r in zip(new_orders, results) if isinstance(r, BaseException)]
{"fulfilled": ok, "failed": failed}
