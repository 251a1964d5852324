import re

EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
PHONE = re.compile(r"\+?\d[\d\s().-]{7,}\d")
MONEY = re.compile(r"(?:(?:USD|EUR|\$|€)\s?)(\d{1,3}(?:[,.]\d{3})*(?:[.,]\d{2})?)")
DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")

text = document_text

entities = {
    "emails": sorted(set(EMAIL.findall(text))),
    "phones": [p.strip() for p in PHONE.findall(text)],
    "amounts": [float(a.replace(",", "")) for a in MONEY.findall(text)],
    "dates": ["-".join(parts) for parts in DATE.findall(text)],
}
entities["count"] = sum(len(v) for v in entities.values())
entities
