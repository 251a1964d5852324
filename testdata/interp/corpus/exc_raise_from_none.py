try:
    try:
        {}["k"]
    except KeyError:
        raise ValueError("missing") from None
except ValueError as e:
    print(type(e).__name__, e)
raise ValueError("final") from None
