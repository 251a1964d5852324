class Ctx:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print(type(ev).__name__)
        return False

with Ctx():
    [].pop()
