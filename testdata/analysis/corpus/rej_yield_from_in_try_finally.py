def guarded(source):
    try:
        result = yield from source
    finally:
        cleanup = True
    return result

"x"
