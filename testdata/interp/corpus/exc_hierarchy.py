checks = []
for exc in (ZeroDivisionError, KeyError, IndexError, FileNotFoundError, RecursionError, UnicodeDecodeError):
    try:
        raise exc("x") if exc is not UnicodeDecodeError else ValueError("v")
    except ArithmeticError:
        checks.append("arith")
    except LookupError:
        checks.append("lookup")
    except OSError:
        checks.append("os")
    except RuntimeError:
        checks.append("runtime")
    except Exception as e:
        checks.append("other " + type(e).__name__)
checks
