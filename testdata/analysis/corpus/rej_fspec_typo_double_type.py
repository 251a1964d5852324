def price_tag(price):
    return f"EUR {price:.2ff}"

"ok"
