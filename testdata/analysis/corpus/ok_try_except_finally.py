def parse_amount(text):
    try:
        value = float(text)
    except ValueError as exc:
        return None, f"bad amount {text!r}: {exc}"
    else:
        if value < 0:
            raise ValueError("negative amount")
        return value, None
    finally:
        pass

results = []
for raw in ["12.5", "abc", "7"]:
    try:
        results.append(parse_amount(raw))
    except ValueError as e:
        results.append((None, str(e)))
results
