def f():
    try:
        return "try"
    finally:
        print("cleanup")

def g():
    try:
        return "try"
    finally:
        return "finally"

f(), g()
