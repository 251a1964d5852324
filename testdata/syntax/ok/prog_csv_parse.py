text = read_attachment(attachment_id)

rows = []
header = None
for lineno, line in enumerate(text.splitlines(), start=1):
    line = line.strip()
    if not line or line.startswith("#"):
        continue
    cells = [c.strip().strip('"') for c in line.split(",")]
    if header is None:
        header = [h.lower().replace(" ", "_") for h in cells]
        continue
    if len(cells) != len(header):
        raise ValueError(f"line {lineno}: expected {len(header)} cells, got {len(cells)}")
    rows.append(dict(zip(header, cells)))

amounts = [float(r["amount"]) for r in rows if r.get("amount")]
{"rows": len(rows), "columns": header, "sum": sum(amounts)}
