with (
    open("a") as a,
    open("b") as b,
):
    pass

with (open("a") as a, open("b") as b):
    pass

with (a, b):
    pass

with (a, b) as pair:
    pass

with (lock):
    pass

with (yield_ctx() as v):
    pass

with (
    first(),
    second() as s,
    third()
):
    pass

with (a), (b) as c:
    pass
