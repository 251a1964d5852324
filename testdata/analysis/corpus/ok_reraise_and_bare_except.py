log = []
def guarded(fn, *args):
    try:
        return fn(*args)
    except (ZeroDivisionError, KeyError) as e:
        log.append(type(e).__name__)
        raise
    except:
        log.append("other")
        return None

out = []
for args in [(1, 0), (4, 2)]:
    try:
        out.append(guarded(lambda a, b: a / b, *args))
    except ZeroDivisionError:
        out.append("div0")
(out, log)
