def risky(n):
    try:
        try:
            if n == 1:
                raise KeyError("k")
            if n == 2:
                raise ValueError("v")
            return "ok"
        except KeyError as e:
            return "inner " + repr(e)
        finally:
            print("inner finally", n)
    except ValueError as e:
        return "outer " + str(e)

[risky(0), risky(1), risky(2)]
