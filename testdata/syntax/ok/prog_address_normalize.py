import re

ABBREV = {
    "street": "St", "st.": "St", "avenue": "Ave", "ave.": "Ave",
    "boulevard": "Blvd", "road": "Rd", "drive": "Dr", "apartment": "Apt",
    "suite": "Ste",
}


def normalize(addr):
    addr = re.sub(r"\s+", " ", addr.strip())
    words = []
    for w in addr.split(" "):
        low = w.lower().rstrip(",")
        repl = ABBREV.get(low)
        if repl:
            words.append(repl + ("," if w.endswith(",") else ""))
        else:
            words.append(w.capitalize() if w.isalpha() else w.upper())
    out = " ".join(words)
    m = re.search(r"\b(\d{5})(?:-(\d{4}))?$", out)
    return {"line": out, "zip": m.group(1) if m else None}


[normalize(a) for a in raw_addresses]
