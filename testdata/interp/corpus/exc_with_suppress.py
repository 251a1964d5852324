class Suppress:
    def __enter__(self):
        return None
    def __exit__(self, et, ev, tb):
        return et is not None and issubclass_ok(et)

def issubclass_ok(et):
    return et.__name__ == "KeyError"

with Suppress():
    {}["x"]
print("suppressed")
"done"
