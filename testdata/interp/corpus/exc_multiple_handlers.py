def kind(v):
    try:
        return [1][v] if isinstance(v, int) else {"a": 1}[v]
    except (IndexError, KeyError) as e:
        return "lookup " + type(e).__name__
    except TypeError:
        return "type"

[kind(0), kind(5), kind("b"), kind(1.5)]
