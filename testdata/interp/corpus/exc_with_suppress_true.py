class Suppress:
    def __enter__(self):
        return "resource"
    def __exit__(self, et, ev, tb):
        print("exit sees", ev is not None)
        return True

with Suppress() as r:
    print("using", r)
    {}["x"]
    print("not reached")
"suppressed"
