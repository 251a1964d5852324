def f(key=lambda x: x, *, cmp=lambda a, b: (a > b) - (a < b)):
    return key, cmp


sorted(items, key=lambda item: item.priority, reverse=True)
callbacks = [lambda e, i=i: handle(e, i) for i in range(3)]
handlers = dict(on_ok=lambda: "ok", on_err=lambda err: str(err))
apply(lambda *a, **k: (a, k), 1, 2, x=3)
