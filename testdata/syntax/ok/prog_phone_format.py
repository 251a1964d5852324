import re

digits_only = re.compile(r"\D+")


def format_phone(raw, default_cc="1"):
    d = digits_only.sub("", raw)
    if raw.strip().startswith("+"):
        cc, rest = d[:-10] or default_cc, d[-10:]
    elif len(d) == 11 and d.startswith("1"):
        cc, rest = "1", d[1:]
    elif len(d) == 10:
        cc, rest = default_cc, d
    else:
        return None
    return f"+{cc} ({rest[:3]}) {rest[3:6]}-{rest[6:]}"


results = {p: format_phone(p) for p in phones}
invalid = [p for p, f in results.items() if f is None]
results if not invalid else {"invalid": invalid}
