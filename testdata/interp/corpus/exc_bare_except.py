def f():
    try:
        raise KeyError("x")
    except:
        return "bare"

f()
