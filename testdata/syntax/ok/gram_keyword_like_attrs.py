obj.match
obj.case
obj.type
obj.print
obj.async_
obj.await_
kwargs = dict(match=1, case=2, type=3, _=4)
f(match=1)
f(type=int)
def g(match, case=None, *, type=None, _=0):
    return match, case, type, _
