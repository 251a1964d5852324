VAT = {"DE": 19, "FR": 20, "IT": 22, "ES": 21, "NL": 21, "LU": 17, "HU": 27}
REDUCED = {"DE": 7, "FR": 5.5, "IT": 10, "ES": 10, "NL": 9}

invoice_lines = []
for line in cart_lines:
    country = ship_to["country"]
    if business_customer and valid_vat_id and country != seller_country:
        rate = 0  # reverse charge
    elif line["category"] in ("books", "food"):
        rate = REDUCED.get(country, VAT.get(country, 0))
    else:
        rate = VAT.get(country, 0)
    net = line["price"] * line["qty"]
    invoice_lines.append({**line, "vat_rate": rate, "net": net, "vat": round(net * rate / 100, 2)})

totals = {
    "net": round(sum(l["net"] for l in invoice_lines), 2),
    "vat": round(sum(l["vat"] for l in invoice_lines), 2),
}
totals["gross"] = round(totals["net"] + totals["vat"], 2)
totals
