def compute(flag):
    try:
        if flag:
            raise RuntimeError("boom")
        return "body"
    finally:
        cleanup = "ran"

def swallow():
    try:
        raise ValueError("x")
    finally:
        return "finally wins"

[compute(False), swallow()]
