try:
    raise TypeError("bad type")
except Exception as e:
    print(type(e).__name__, str(e), e.args[0])
err = RuntimeError()
str(err), len(err.args)
