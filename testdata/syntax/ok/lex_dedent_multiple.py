def f():
    if a:
        for b in c:
            while d:
                if e:
                    return 1
x = 2
class K:
    def m(self):
        if self:
            try:
                pass
            finally:
                pass
def g():
    return 3
