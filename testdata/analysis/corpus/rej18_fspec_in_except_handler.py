def charge(amount):
    try:
        if amount > 10000:
            raise ValueError("limit")
        return "ok"
    except ValueError:
        return f"declined: {amount:_d} over limit"

charge(25000)
