with lock:
    critical()

with open(path) as fh:
    data = fh.read()

with make_ctx() as (a, b):
    pass

with ctx as obj.attr:
    pass

with ctx as items[0]:
    pass
