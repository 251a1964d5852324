items = fetch_cart(cart_id)
region = items[0]["region"] if items else "default"

RATES = {"CA": 0.0725, "NY": 0.04, "TX": 0.0625, "default": 0.05}
EXEMPT_CATEGORIES = {"groceries", "medicine"}

subtotal = 0
taxable = 0
for item in items:
    line = item["qty"] * item["price"]
    subtotal += line
    if item.get("category") not in EXEMPT_CATEGORIES:
        taxable += line

tax = round(taxable * RATES.get(region, RATES["default"]), 2)
shipping = 0 if subtotal >= 50 else 4.99
grand_total = round(subtotal + tax + shipping, 2)

f"Subtotal {subtotal:.2f}, tax {tax:.2f}, shipping {shipping:.2f}, total {grand_total:.2f}"
