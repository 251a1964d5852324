def classify(fn):
    try:
        fn()
        return "ok"
    except ZeroDivisionError:
        return "div"
    except (KeyError, IndexError) as e:
        return f"lookup:{type(e).__name__}"
    except Exception as e:
        return f"other:{type(e).__name__}"

cases = [lambda: 1 / 0, lambda: {}["k"], lambda: [][1], lambda: int("x"), lambda: None]
[classify(c) for c in cases]
