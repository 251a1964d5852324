@simple
def a():
    pass


@module.attr
@call()
@call_with(1, key="v")
def b():
    pass


@first
@second.third(arg)
@fourth[0]
async def c():
    pass


@(lambda fn: fn)
def d():
    pass
