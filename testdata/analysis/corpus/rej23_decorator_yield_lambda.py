def wrap(factory):
    def deco(fn):
        return fn
    return deco

@wrap(lambda: (yield))
def handler(event):
    return event

handler("ping")
