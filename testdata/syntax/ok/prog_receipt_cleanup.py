import re

ocr_lines = ocr_receipt(image_id)

items, total, merchant = [], None, None
price_at_end = re.compile(r"^(.*?)\s+(-?\d+[.,]\d{2})\s*[A-Z]?$")

for i, line in enumerate(ocr_lines):
    line = line.replace("O", "0") if re.fullmatch(r"[\dO.,\s]+", line) else line
    if i == 0:
        merchant = line.title()
    if m := price_at_end.match(line):
        name, price = m.group(1).strip(), float(m.group(2).replace(",", "."))
        if re.search(r"(?i)\b(total|summe|amount due)\b", name):
            total = price
        elif not re.search(r"(?i)\b(tax|vat|mwst|change|cash)\b", name):
            items.append({"name": name, "price": price})

computed = round(sum(i["price"] for i in items), 2)
{"merchant": merchant, "items": items, "total": total, "matches": total is not None and abs(total - computed) < 0.01}
