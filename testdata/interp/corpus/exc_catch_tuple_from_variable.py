errors = (KeyError, IndexError)
caught = []
for thunk in (lambda: {}["a"], lambda: [][1], lambda: 1 / 0):
    try:
        thunk()
    except errors as e:
        caught.append(type(e).__name__)
    except ZeroDivisionError:
        caught.append("zero")
caught
